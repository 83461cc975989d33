package dev.memlayer.indexer.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes a snapshot's edges in batched transactions on the run's writer connection. */
public final class EdgeWriter {

    static final String INSERT_EDGE = "INSERT OR REPLACE INTO edges (snapshot_id, kind, src, dst, weight, evidence)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 2_000;

    private EdgeWriter() {
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
