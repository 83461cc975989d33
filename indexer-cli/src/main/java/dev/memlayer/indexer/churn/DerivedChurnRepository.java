package dev.memlayer.indexer.churn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements {@link DerivedChurn} runs: reading a parent's set and the one new commit, and storing
 * the derived set mostly by copying the parent's rows inside SQLite (no row passes through Java
 * unless it changes).
 */
final class DerivedChurnRepository {

    static final String ANY_COMMIT_BETWEEN = "SELECT EXISTS (SELECT 1 FROM commits"
            + " WHERE project_id = ? AND committed_at >= ? AND committed_at < ?)";
    static final String SELECT_COMMIT_CHANGES = "SELECT c.file_count, f.path, f.change, f.old_path FROM commits c"
            + " LEFT JOIN commit_files f ON f.project_id = c.project_id AND f.sha = c.sha"
            + " WHERE c.project_id = ? AND c.sha = ? ORDER BY f.path";
    static final String SELECT_ROWS = "SELECT path, commits_90d, commits_total, last_change_at, authors, author_ids"
            + " FROM churn WHERE churn_set_id = ? AND path IN ";
    static final String ANY_PAIR_OF = "SELECT EXISTS (SELECT 1 FROM cochange WHERE churn_set_id = ?"
            + " AND (path_a IN %1$s OR path_b IN %1$s))";
    static final String COPY_CHURN = "INSERT INTO churn (churn_set_id, path, commits_90d, commits_total,"
            + " last_change_at, authors, author_ids) SELECT ?, path, commits_90d, commits_total, last_change_at,"
            + " authors, author_ids FROM churn WHERE churn_set_id = ?";
    static final String DELETE_ROWS = "DELETE FROM churn WHERE churn_set_id = ? AND path IN ";
    static final String COPY_COCHANGE = "INSERT INTO cochange (churn_set_id, path_a, path_b, count)"
            + " SELECT ?, path_a, path_b, count FROM cochange WHERE churn_set_id = ?";
    static final String COUNT_ROWS = "SELECT (SELECT count(*) FROM churn WHERE churn_set_id = ?),"
            + " (SELECT count(*) FROM cochange WHERE churn_set_id = ?)";

    private DerivedChurnRepository() {
    }

    /** Whether any stored commit of the project has a commit time in [fromMs, toMs). */
    static boolean anyCommitBetween(Connection c, String projectId, long fromMs, long toMs) throws SQLException {
        if (fromMs >= toMs) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(ANY_COMMIT_BETWEEN)) {
            ps.setString(1, projectId);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** A stored commit's file count and all its changes, in path order; empty when it is not stored. */
    static Optional<StoredCommit> commit(Connection c, String projectId, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_COMMIT_CHANGES)) {
            ps.setString(1, projectId);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                StoredCommit commit = null;
                while (rs.next()) {
                    if (commit == null) {
                        commit = new StoredCommit(rs.getInt(1), new ArrayList<>());
                    }
                    String path = rs.getString(2);
                    if (path != null) {
                        commit.changes().add(new FileChange(path, rs.getString(3).charAt(0), rs.getString(4)));
                    }
                }
                return Optional.ofNullable(commit);
            }
        }
    }

    /** The rows of set {@code setId} for the given paths, by path. */
    static Map<String, FileChurn> rows(Connection c, long setId, Collection<String> paths) throws SQLException {
        Map<String, FileChurn> rows = new HashMap<>();
        if (paths.isEmpty()) {
            return rows;
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_ROWS + placeholders(paths.size()))) {
            ps.setLong(1, setId);
            bind(ps, 2, paths);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new FileChurn(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                            rs.getInt(5), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /** Whether any co-change pair of set {@code setId} has one of the given paths. */
    static boolean anyPairOf(Connection c, long setId, Collection<String> paths) throws SQLException {
        if (paths.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(ANY_PAIR_OF.formatted(placeholders(paths.size())))) {
            ps.setLong(1, setId);
            int next = bind(ps, 2, paths);
            bind(ps, next, paths);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Inserts set {@code sha} as a copy of set {@code parentId} whose rows for {@code replaced} are
     * replaced by {@code rows}; the caller owns the transaction. Returns the new set's id.
     */
    static long insertDerived(Connection c, String projectId, String sha, long computedAtMs, int commitCount,
            String authorNames, long parentId, Collection<String> replaced, List<FileChurn> rows) throws SQLException {
        long id = ChurnRepository.insertSetRow(c, projectId, sha, computedAtMs, commitCount, authorNames);
        copy(c, COPY_CHURN, id, parentId);
        if (!replaced.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(DELETE_ROWS + placeholders(replaced.size()))) {
                ps.setLong(1, id);
                bind(ps, 2, replaced);
                ps.executeUpdate();
            }
        }
        ChurnRepository.insertFiles(c, id, rows);
        copy(c, COPY_COCHANGE, id, parentId);
        return id;
    }

    /** [churn rows, co-change rows] of a set. */
    static int[] rowCounts(Connection c, long setId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_ROWS)) {
            ps.setLong(1, setId);
            ps.setLong(2, setId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    private static void copy(Connection c, String sql, long id, long parentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setLong(2, parentId);
            ps.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static int bind(PreparedStatement ps, int first, Collection<String> values) throws SQLException {
        int i = first;
        for (String v : values) {
            ps.setString(i++, v);
        }
        return i;
    }
}
