package dev.memlayer.schema;

/**
 * The one condition that picks the {@code manifest} or {@code edges} rows a snapshot holds (see
 * {@code V6__shared_snapshot_rows.sql}): rows are shared by a range of snapshots, from {@code
 * start_snapshot} up to, not including, {@code end_snapshot} (NULL while current).
 *
 * <p>The snapshot is bound once, as parameter {@code ?1}, so it must be the statement's first
 * parameter: plain {@code ?} placeholders after it are numbered 2, 3, … by SQLite. The project comes from
 * the snapshot's row, so the condition names the project's rows first and the planner walks the
 * primary key's {@code project_id} range (check with {@code EXPLAIN QUERY PLAN}).
 *
 * <p>A visible file's facts are those of {@link #newestExtraction}: a content read again by a newer
 * extractor version keeps its older extraction rows until gc, and they must not count twice.
 */
public final class SnapshotRows {

    private SnapshotRows() {
    }

    /** The rows of table alias {@code alias} that snapshot {@code ?1} holds. */
    public static String visibleIn(String alias) {
        return alias + ".project_id = (SELECT project_id FROM snapshots WHERE id = ?1)"
                + " AND " + alias + ".start_snapshot <= ?1"
                + " AND (" + alias + ".end_snapshot IS NULL OR " + alias + ".end_snapshot > ?1)";
    }

    /** The {@code extractions} row {@code alias} is the newest version of its extractor for its content. */
    public static String newestExtraction(String alias) {
        return alias + ".extractor_version = (SELECT max(x.extractor_version) FROM extractions x"
                + " WHERE x.content_hash = " + alias + ".content_hash AND x.extractor = " + alias + ".extractor)";
    }
}
