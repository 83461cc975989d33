package dev.memlayer.indexer.snapshot;

import dev.memlayer.schema.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every statement the indexer runs against {@code snapshots} and {@code manifest}, by name. */
public final class SnapshotRepository {

    static final String INSERT_BUILDING =
            "INSERT INTO snapshots (project_id, status, started_at) VALUES (?, 'building', ?)";
    static final String MARK_READY = "UPDATE snapshots SET status = 'ready',"
            + " version = (SELECT COALESCE(MAX(version), 0) + 1 FROM snapshots WHERE project_id = ?),"
            + " commit_sha = ?, branch = ?, dirty = ?, file_count = ?, changed_count = ?, reused_count = ?,"
            + " removed_count = ?, skipped_count = ?, total_bytes = ?, indexed_at = ?, walk_ms = ?, duration_ms = ?,"
            + " rev = ?, churn_set_id = ?, graph_version = ? WHERE id = ? AND status = 'building'";
    static final String SELECT_VERSION = "SELECT version FROM snapshots WHERE id = ?";
    static final String MARK_FAILED = "UPDATE snapshots SET status = 'failed', version = NULL, error = ?,"
            + " indexed_at = ? WHERE id = ?";
    static final String SELECT_BUILDING_PROJECT = "SELECT project_id FROM snapshots WHERE id = ? AND status = 'building'";
    static final String SELECT_BUILDING = "SELECT id FROM snapshots WHERE status = 'building'";
    static final String SELECT_LATEST_READY = "SELECT id, version, started_at, graph_version FROM snapshots"
            + " WHERE project_id = ? AND status = 'ready' ORDER BY version DESC LIMIT 1";
    static final String SELECT_MANIFEST = "SELECT m.path, m.content_hash, m.size, m.mtime_ms, m.language, m.lines"
            + " FROM manifest m WHERE " + SnapshotRows.visibleIn("m");
    static final String INSERT_MANIFEST = "INSERT INTO manifest (project_id, path, start_snapshot, content_hash,"
            + " size, mtime_ms, language, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CONTENT = "INSERT OR IGNORE INTO contents"
            + " (content_hash, size, compression, data) VALUES (?, ?, '" + ContentCodec.DEFLATE + "', ?)";

    /** Error text recorded on a run that was still 'building' when a later run started. */
    static final String ABANDONED = "abandoned: the run ended before publishing (crashed or killed)";

    private SnapshotRepository() {
    }

    static long insertBuilding(Connection c, String projectId, long startedAtMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_BUILDING, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, projectId);
            ps.setLong(2, startedAtMs);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Returns the number of rows flipped (1, or 0 when the row was not 'building'). */
    static int markReady(Connection c, long snapshotId, String projectId, SnapshotDraft d, long indexedAtMs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_READY)) {
            int i = 1;
            ps.setString(i++, projectId);
            ps.setString(i++, d.commit());
            ps.setString(i++, d.branch());
            ps.setInt(i++, d.dirty() ? 1 : 0);
            ps.setInt(i++, d.files());
            ps.setInt(i++, d.changed());
            ps.setInt(i++, d.reused());
            ps.setInt(i++, d.removed());
            ps.setInt(i++, d.skipped());
            ps.setLong(i++, d.bytes());
            ps.setLong(i++, indexedAtMs);
            ps.setLong(i++, d.walkMs());
            ps.setLong(i++, d.durationMs());
            ps.setString(i++, d.rev());
            ps.setObject(i++, d.churnSetId());
            ps.setString(i++, d.graphVersion());
            ps.setLong(i, snapshotId);
            return ps.executeUpdate();
        }
    }

    static long version(Connection c, long snapshotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_VERSION)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Marks a 'building' snapshot failed and undoes its manifest and edge rows ({@link RowRanges#rollBack}),
     * in the caller's transaction; a snapshot no longer 'building' is left alone (a ready one's rows are
     * the current ones).
     */
    static void markFailed(Connection c, long snapshotId, String error, long atMs) throws SQLException {
        String projectId = null;
        try (PreparedStatement building = c.prepareStatement(SELECT_BUILDING_PROJECT)) {
            building.setLong(1, snapshotId);
            try (ResultSet rs = building.executeQuery()) {
                if (rs.next()) {
                    projectId = rs.getString(1);
                }
            }
        }
        if (projectId == null) {
            return;
        }
        try (PreparedStatement fail = c.prepareStatement(MARK_FAILED)) {
            fail.setString(1, error);
            fail.setLong(2, atMs);
            fail.setLong(3, snapshotId);
            fail.executeUpdate();
        }
        RowRanges.rollBack(c, projectId, snapshotId);
    }

    static List<Long> buildingIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_BUILDING); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The latest ready snapshot of a project with its manifest, if there is one. */
    public static Optional<PreviousSnapshot> latestReady(Connection c, String projectId) throws SQLException {
        long id;
        long version;
        long startedAt;
        String graphVersion;
        try (PreparedStatement ps = c.prepareStatement(SELECT_LATEST_READY)) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                version = rs.getLong(2);
                startedAt = rs.getLong(3);
                graphVersion = rs.getString(4);
            }
        }
        Map<String, ManifestEntry> manifest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_MANIFEST)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ManifestEntry e = new ManifestEntry(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getLong(4), rs.getString(5), rs.getInt(6));
                    manifest.put(e.path(), e);
                }
            }
        }
        return Optional.of(new PreviousSnapshot(id, version, startedAt, graphVersion, manifest));
    }
}
