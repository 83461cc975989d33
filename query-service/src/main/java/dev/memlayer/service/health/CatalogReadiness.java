package dev.memlayer.service.health;

import dev.memlayer.service.read.CatalogState;
import dev.memlayer.service.read.DatabaseProbe;
import dev.memlayer.service.read.SnapshotCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when requests can be answered: the catalog holds a verified database (schema checked,
 * latest ready views loaded) and a read through the pool succeeds now. Down with the reason and
 * the command that fixes it otherwise (no database yet, a refused schema, an unreadable file).
 */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    static final String NAME = "memlayer-snapshot-catalog";

    private final SnapshotCatalog catalog;
    private final DatabaseProbe probe;

    public CatalogReadiness(SnapshotCatalog catalog, DatabaseProbe probe) {
        this.catalog = catalog;
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        CatalogState state = catalog.state();
        HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME).withData("db", state.db().toString());
        if (state.status() != CatalogState.Status.AVAILABLE) {
            return r.down().withData("reason", state.status().name().toLowerCase(java.util.Locale.ROOT))
                    .withData("detail", state.detail()).build();
        }
        try {
            long ready = probe.readySnapshots();
            return r.up().withData("schema_version", state.schemaVersion())
                    .withData("projects", state.views().size())
                    .withData("ready_snapshots", ready).build();
        } catch (SQLException e) {
            return r.down().withData("reason", "unreadable").withData("detail", "reading " + state.db()
                    + " failed: " + e.getMessage()).build();
        }
    }
}
