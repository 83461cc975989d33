package dev.memlayer.service.context;

import dev.memlayer.model.snapshot.Freshness;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.snapshot.SnapshotInfo;
import dev.memlayer.service.read.CatalogState;
import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotMeta;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** What {@code /v1/health} and {@code /v1/projects} report, from the catalog's current state. */
@ApplicationScoped
public class StatusService {

    /** A project and its latest ready snapshot. */
    public record ProjectStatus(String id, String name, String root, SnapshotInfo snapshot) {
    }

    private final SnapshotCatalog catalog;
    private final Clock clock;

    public StatusService(SnapshotCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public CatalogState state() {
        return catalog.state();
    }

    /** Projects by name; {@link RequestRejected} (503) when there is no usable database. */
    public List<ProjectStatus> projects() {
        CatalogState state = catalog.state();
        ProjectResolver.requireAvailable(state);
        return state.views().values().stream()
                .sorted(Comparator.comparing(v -> v.project().name()))
                .map(this::status)
                .toList();
    }

    private ProjectStatus status(SnapshotView v) {
        ProjectRef p = v.project();
        SnapshotMeta m = v.meta();
        long age = m.indexedAt() == null ? 0 : Math.max(0, Duration.between(m.indexedAt(), clock.instant()).toSeconds());
        return new ProjectStatus(p.id(), p.name(), p.root(), new SnapshotInfo(m.version(), m.commit(), m.branch(),
                m.dirty(), m.indexedAt(), m.fileCount(), new Freshness(true, age, m.dirty())));
    }
}
