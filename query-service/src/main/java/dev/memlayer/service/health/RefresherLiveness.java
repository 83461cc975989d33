package dev.memlayer.service.health;

import dev.memlayer.service.config.ServiceConfig;
import dev.memlayer.service.read.SnapshotCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the catalog's background refresher keeps polling: a refresher that stopped would
 * serve the same snapshots forever, and only a restart helps. A missing database does not make
 * the service dead (it waits for {@code memlayer index}); readiness reports that.
 */
@Liveness
@ApplicationScoped
public class RefresherLiveness implements HealthCheck {

    static final String NAME = "memlayer-catalog-refresher";
    /** A poll that loads a large new snapshot may take seconds; never call that dead. */
    static final Duration MIN_STALL = Duration.ofSeconds(60);

    private final SnapshotCatalog catalog;
    private final Clock clock;
    private final Duration stall;

    public RefresherLiveness(SnapshotCatalog catalog, Clock clock, ServiceConfig config) {
        this.catalog = catalog;
        this.clock = clock;
        Duration twentyPolls = config.refreshInterval().multipliedBy(20);
        this.stall = twentyPolls.compareTo(MIN_STALL) > 0 ? twentyPolls : MIN_STALL;
    }

    @Override
    public HealthCheckResponse call() {
        Instant last = catalog.lastPoll();
        if (last == null) {
            return HealthCheckResponse.named(NAME).down().withData("detail", "the catalog has not polled yet").build();
        }
        long ageMs = Math.max(0, Duration.between(last, clock.instant()).toMillis());
        return HealthCheckResponse.named(NAME).status(ageMs <= stall.toMillis())
                .withData("last_poll", last.toString())
                .withData("last_poll_age_ms", ageMs)
                .withData("stall_limit_ms", stall.toMillis())
                .build();
    }
}
