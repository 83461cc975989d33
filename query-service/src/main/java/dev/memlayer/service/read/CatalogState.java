package dev.memlayer.service.read;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the service can read right now: an immutable value swapped whole by {@link SnapshotCatalog}.
 *
 * @param detail  one line for humans when not {@link Status#AVAILABLE}
 * @param views   latest ready view per project id (empty unless available)
 */
public record CatalogState(Status status, Path db, String detail, int schemaVersion, Map<String, SnapshotView> views) {

    public enum Status { AVAILABLE, MISSING, REFUSED }

    public CatalogState {
        views = Map.copyOf(views);
    }

    static CatalogState missing(Path db) {
        return new CatalogState(Status.MISSING, db,
                "no database at " + db + "; create it with: scripts/memlayer index <repo>", 0, Map.of());
    }

    static CatalogState refused(Path db, String reason) {
        return new CatalogState(Status.REFUSED, db, reason, 0, Map.of());
    }

    static CatalogState available(Path db, int schemaVersion, Map<String, SnapshotView> views) {
        return new CatalogState(Status.AVAILABLE, db, null, schemaVersion, views);
    }
}
