package dev.memlayer.service.metrics;

import dev.memlayer.service.read.CatalogState;
import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * {@code memlayer_snapshot_age_seconds{project, project_id}}: seconds since each project's newest
 * ready snapshot was published, computed at scrape time from the catalog's current view. The set
 * of series follows the catalog: it is rebuilt whenever the catalog swaps in a different set of
 * views, so a removed project's series disappears.
 */
@ApplicationScoped
public class SnapshotAgeGauges {

    static final String NAME = "memlayer.snapshot.age";

    private final SnapshotCatalog catalog;
    private final Clock clock;
    private final MultiGauge ages;

    public SnapshotAgeGauges(SnapshotCatalog catalog, Clock clock, MeterRegistry registry) {
        this.catalog = catalog;
        this.clock = clock;
        this.ages = MultiGauge.builder(NAME)
                .description("Seconds since the newest ready snapshot of the project was published")
                .baseUnit("seconds")
                .register(registry);
    }

    void onCatalogChange(@Observes CatalogState state) {
        ages.register(state.views().values().stream()
                .sorted(Comparator.comparing(v -> v.project().name()))
                .map(v -> MultiGauge.Row.of(Tags.of("project", v.project().name(), "project_id", v.project().id()),
                        () -> ageSeconds(v.project().id())))
                .toList(), true);
    }

    /** The age of the project's current view; NaN once it is gone (the next swap drops the row). */
    private double ageSeconds(String projectId) {
        SnapshotView view = catalog.state().views().get(projectId);
        Instant published = view == null ? null : view.meta().indexedAt();
        if (published == null) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(published, clock.instant()).toMillis() / 1000.0);
    }
}
