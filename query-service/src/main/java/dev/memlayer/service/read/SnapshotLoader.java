package dev.memlayer.service.read;

import dev.memlayer.model.snapshot.ProjectRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads one ready snapshot of one project into a {@link SnapshotView}. The project, snapshot and
 * manifest are read inside one read transaction, so a concurrent publish or garbage collection
 * cannot hand us a manifest from a different point in time. All queries use primary keys or
 * {@code snapshots_by_status}.
 */
final class SnapshotLoader {

    static final String SELECT_PROJECT = "SELECT id, name, root FROM projects WHERE id = ?";
    static final String SELECT_READY_SNAPSHOT =
            "SELECT id, version, commit_sha, branch, dirty, indexed_at, file_count FROM snapshots"
            + " WHERE project_id = ? AND status = 'ready' AND version = ?";
    static final String SELECT_MANIFEST =
            "SELECT path, content_hash, size, language, lines FROM manifest WHERE snapshot_id = ? ORDER BY path";

    private SnapshotLoader() {
    }

    /** The view of {@code projectId} at {@code version}, or empty if no such ready snapshot exists. */
    static Optional<SnapshotView> load(Connection c, String projectId, long version) throws SQLException {
        c.setAutoCommit(false);
        try {
            Optional<ProjectRef> project = project(c, projectId);
            if (project.isEmpty()) {
                return Optional.empty();
            }
            Optional<SnapshotMeta> meta = snapshot(c, projectId, version);
            if (meta.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SnapshotView(project.get(), meta.get(), manifest(c, meta.get().id())));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static Optional<ProjectRef> project(Connection c, String projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_PROJECT)) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ProjectRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static Optional<SnapshotMeta> snapshot(Connection c, String projectId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_READY_SNAPSHOT)) {
            ps.setString(1, projectId);
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long indexedAtMs = rs.getLong(6);
                Instant indexedAt = rs.wasNull() ? null : Instant.ofEpochMilli(indexedAtMs);
                return Optional.of(new SnapshotMeta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) != 0, indexedAt, rs.getInt(7)));
            }
        }
    }

    private static List<ManifestEntry> manifest(Connection c, long snapshotId) throws SQLException {
        List<ManifestEntry> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_MANIFEST)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(ManifestEntry.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
        }
        return files;
    }
}
