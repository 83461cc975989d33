package dev.memlayer.indexer.churn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every statement the indexer runs against the history and churn tables, by name. */
final class ChurnRepository {

    static final String SELECT_SET =
            "SELECT id, commit_count, author_names FROM churn_sets WHERE project_id = ? AND commit_sha = ?";
    static final String SELECT_STORED_SHAS = "SELECT sha FROM commits WHERE project_id = ?";
    static final String SELECT_STORED_SHA = SELECT_STORED_SHAS + " AND sha = ?";
    static final String INSERT_COMMIT =
            "INSERT INTO commits (project_id, sha, author, committed_at, file_count) VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_COMMIT_FILE =
            "INSERT INTO commit_files (project_id, sha, path, change, old_path) VALUES (?, ?, ?, ?, ?)";
    /** Changes of commits from a time on: all of those changing at most ? files, only renames of the others. */
    static final String SELECT_CHANGES = "SELECT f.sha, c.file_count, f.path, f.change, f.old_path"
            + " FROM commit_files f JOIN commits c ON c.project_id = f.project_id AND c.sha = f.sha"
            + " WHERE f.project_id = ? AND c.committed_at >= ? AND (c.file_count <= ? OR f.change = 'R')";
    static final String INSERT_SET = "INSERT INTO churn_sets (project_id, commit_sha, computed_at, commit_count,"
            + " author_names) VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_CHURN = "INSERT INTO churn (churn_set_id, path, commits_90d, commits_total,"
            + " last_change_at, authors, author_ids) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_COCHANGE =
            "INSERT INTO cochange (churn_set_id, path_a, path_b, count) VALUES (?, ?, ?, ?)";

    private static final int ROW_BATCH = 1_000;

    private ChurnRepository() {
    }

    /** A stored set: its id, how many commits it counts, its author names (null before schema V7). */
    record StoredSet(long id, int commitCount, String authorNames) {
    }

    static Optional<StoredSet> findSet(Connection c, String projectId, String commitSha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_SET)) {
            ps.setString(1, projectId);
            ps.setString(2, commitSha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredSet(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    static Set<String> storedShas(Connection c, String projectId) throws SQLException {
        return storedShas(c, projectId, null);
    }

    /** {@code sha} if it is stored (all stored shas when null). */
    static Set<String> storedShas(Connection c, String projectId, String sha) throws SQLException {
        Set<String> shas = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sha == null ? SELECT_STORED_SHAS : SELECT_STORED_SHA)) {
            ps.setString(1, projectId);
            if (sha != null) {
                ps.setString(2, sha);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shas.add(rs.getString(1));
                }
            }
        }
        return shas;
    }

    /**
     * The stored changes of the given commits, by sha; of a commit changing more than {@code maxFiles}
     * files, only its renames. {@code fromMs} is the oldest commit time among {@code shas}. One query over the project's rows (cheaper than one per commit), filtered
     * in SQLite as far as it can be; path strings are shared between commits to keep memory small.
     */
    static Map<String, StoredCommit> changes(Connection c, String projectId, Set<String> shas, long fromMs,
            int maxFiles) throws SQLException {
        Map<String, StoredCommit> bySha = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_CHANGES)) {
            ps.setString(1, projectId);
            ps.setLong(2, fromMs);
            ps.setInt(3, maxFiles);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sha = rs.getString(1);
                    if (!shas.contains(sha)) {
                        continue;
                    }
                    int fileCount = rs.getInt(2);
                    String path = paths.computeIfAbsent(rs.getString(3), p -> p);
                    String old = rs.getString(5);
                    FileChange change = new FileChange(path, rs.getString(4).charAt(0),
                            old == null ? null : paths.computeIfAbsent(old, p -> p));
                    bySha.computeIfAbsent(sha, s -> new StoredCommit(fileCount, new ArrayList<>())).changes().add(change);
                }
            }
        }
        return bySha;
    }

    /** Batched inserts of commits and their files; the caller owns the transaction. */
    static final class HistoryWriter implements AutoCloseable {

        private final String projectId;
        private final PreparedStatement commits;
        private final PreparedStatement files;
        private final CommitMessageWriter messages;
        private int pendingFiles;

        HistoryWriter(Connection c, String projectId) throws SQLException {
            this.projectId = projectId;
            this.commits = c.prepareStatement(INSERT_COMMIT);
            this.files = c.prepareStatement(INSERT_COMMIT_FILE);
            this.messages = new CommitMessageWriter(c, projectId);
        }

        void add(String sha, String author, long committedAtMs, CommitMessage message, List<FileChange> changes)
                throws SQLException {
            commits.setString(1, projectId);
            commits.setString(2, sha);
            commits.setString(3, author);
            commits.setLong(4, committedAtMs);
            commits.setInt(5, changes.size());
            commits.addBatch();
            messages.add(sha, message);
            for (FileChange f : changes) {
                files.setString(1, projectId);
                files.setString(2, sha);
                files.setString(3, f.path());
                files.setString(4, String.valueOf(f.change()));
                files.setString(5, f.oldPath());
                files.addBatch();
                if (++pendingFiles >= ROW_BATCH) {
                    flush();
                }
            }
        }

        /** Sends what is batched (commits first: messages and files reference them). */
        void flush() throws SQLException {
            commits.executeBatch();
            messages.flush();
            files.executeBatch();
            pendingFiles = 0;
        }

        @Override
        public void close() throws SQLException {
            commits.close();
            files.close();
            messages.close();
        }
    }

    /** Inserts a churn set and its rows; the caller owns the transaction. Returns the set's id. */
    static long insertSet(Connection c, String projectId, String commitSha, long computedAtMs, ChurnSet set)
            throws SQLException {
        long id = insertSetRow(c, projectId, commitSha, computedAtMs, set.commitCount(),
                AuthorIds.joinNames(set.authorNames()));
        insertFiles(c, id, set.files());
        try (PreparedStatement ps = c.prepareStatement(INSERT_COCHANGE)) {
            int pending = 0;
            for (CoChange p : set.pairs()) {
                ps.setLong(1, id);
                ps.setString(2, p.pathA());
                ps.setString(3, p.pathB());
                ps.setInt(4, p.count());
                ps.addBatch();
                if (++pending % ROW_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return id;
    }

    /** Inserts the row of a churn set (not its files and pairs); returns its id. */
    static long insertSetRow(Connection c, String projectId, String commitSha, long computedAtMs, int commitCount,
            String authorNames) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_SET, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, projectId);
            ps.setString(2, commitSha);
            ps.setLong(3, computedAtMs);
            ps.setInt(4, commitCount);
            ps.setString(5, authorNames);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts churn rows of set {@code setId}. */
    static void insertFiles(Connection c, long setId, List<FileChurn> files) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHURN)) {
            int pending = 0;
            for (FileChurn f : files) {
                ps.setLong(1, setId);
                ps.setString(2, f.path());
                ps.setInt(3, f.commits90d());
                ps.setInt(4, f.commitsTotal());
                ps.setLong(5, f.lastChangeAt());
                ps.setInt(6, f.authors());
                ps.setString(7, f.authorIds());
                ps.addBatch();
                if (++pending % ROW_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
