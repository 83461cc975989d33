package dev.memlayer.indexer.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The statements that move the validity ranges of shared {@code manifest} and {@code edges} rows (see
 * {@code V6__shared_snapshot_rows.sql}): a run closes the rows it replaces, a failed run is undone, and
 * retention deletes rows that only expired snapshots held.
 */
public final class RowRanges {

    /** The tables whose rows carry a snapshot range. */
    static final String[] TABLES = {"manifest", "edges"};

    static final String CLOSE_MANIFEST_ROW = "UPDATE manifest SET end_snapshot = ?"
            + " WHERE project_id = ? AND path = ? AND end_snapshot IS NULL";

    private RowRanges() {
    }

    /** Rows a run started (to delete when it fails). */
    static String deleteStarted(String table) {
        return "DELETE FROM " + table + " WHERE project_id = ? AND start_snapshot = ?";
    }

    /** Rows a run closed (to reopen when it fails): found by the {@code *_closed} partial index. */
    static String reopenClosed(String table) {
        return "UPDATE " + table + " SET end_snapshot = NULL WHERE project_id = ? AND end_snapshot = ?";
    }

    /** Rows no snapshot from {@code ?2} on holds: ended at or before it ({@code *_closed} partial index). */
    static String deleteEndedBy(String table) {
        return "DELETE FROM " + table + " WHERE project_id = ? AND end_snapshot <= ?";
    }

    /** Content hashes of the manifest rows {@link #deleteEndedBy} deletes. */
    static final String SELECT_HASHES_ENDED_BY = "SELECT DISTINCT content_hash FROM manifest"
            + " WHERE project_id = ? AND end_snapshot <= ?";

    /**
     * Undoes the rows of a run that never published: deletes those it started and reopens those it closed,
     * so the current rows are again the previous snapshot's. Part of the caller's transaction.
     */
    static void rollBack(Connection c, String projectId, long snapshotId) throws SQLException {
        for (String table : TABLES) {
            for (String sql : new String[] {deleteStarted(table), reopenClosed(table)}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, projectId);
                    ps.setLong(2, snapshotId);
                    ps.executeUpdate();
                }
            }
        }
    }
}
