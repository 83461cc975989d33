package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.snapshot.SqlValues;
import dev.memlayer.model.facts.EdgeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes a snapshot's edges in batched transactions on the run's writer connection, or copies a
 * previous snapshot's edges inside SQLite (no row crosses into Java).
 */
public final class EdgeWriter {

    static final String INSERT_EDGE = "INSERT OR REPLACE INTO edges (snapshot_id, kind, src, dst, weight, evidence)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    /** One kind of a previous snapshot's edges, but for those of the given sources (a JSON array). */
    static final String COPY_EDGES = "INSERT INTO edges (snapshot_id, kind, src, dst, weight, evidence)"
            + " SELECT ?, kind, src, dst, weight, evidence FROM edges WHERE snapshot_id = ? AND kind = ?"
            + " AND src NOT IN " + SqlValues.ROWS;
    private static final int BATCH = 2_000;

    private EdgeWriter() {
    }

    /**
     * Copies the {@code kind} edges of snapshot {@code from} into {@code to}, except those leaving one of
     * {@code except} (the sources whose edges of that kind were resolved again); returns how many.
     */
    static int copy(Connection c, long from, long to, EdgeKind kind, Collection<String> except)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COPY_EDGES)) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            ps.setString(3, kind.id());
            ps.setString(4, SqlValues.json(except));
            return ps.executeUpdate();
        }
    }

    public static void write(Connection c, long snapshotId, List<Edge> edges) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(INSERT_EDGE)) {
            int pending = 0;
            for (Edge e : edges) {
                ps.setLong(1, snapshotId);
                ps.setString(2, e.kind().id());
                ps.setString(3, e.src());
                ps.setString(4, e.dst());
                ps.setDouble(5, e.weight());
                ps.setString(6, e.evidence());
                ps.addBatch();
                if (++pending >= BATCH) {
                    ps.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
