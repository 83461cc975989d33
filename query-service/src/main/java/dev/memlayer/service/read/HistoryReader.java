package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stored git history ({@code commits}, {@code commit_files}) as of a view's commit. The
 * recent commits of a view are read once and kept with the view; renames between two snapshots are
 * read per delta request (a bounded range query).
 */
@ApplicationScoped
public class HistoryReader {

    /** Commits kept per view: enough for the most detailed overview. */
    public static final int RECENT_COMMITS = 40;
    public static final int FILES_PER_COMMIT = 25;

    static final String SELECT_COMMIT_TIME = "SELECT committed_at FROM commits WHERE project_id = ? AND sha = ?";
    static final String SELECT_RECENT = "SELECT c.sha, c.author, c.committed_at, c.file_count, m.subject"
            + " FROM commits c LEFT JOIN commit_messages m ON m.project_id = c.project_id AND m.sha = c.sha"
            + " WHERE c.project_id = ? AND c.committed_at <= ? ORDER BY c.committed_at DESC, c.sha LIMIT ?";
    static final String SELECT_COMMIT_FILES = "SELECT path, change, old_path FROM commit_files"
            + " WHERE project_id = ? AND sha = ? ORDER BY path LIMIT ?";
    static final String SELECT_RENAMES = "SELECT f.old_path, f.path FROM commit_files f"
            + " JOIN commits c ON c.project_id = f.project_id AND c.sha = f.sha"
            + " WHERE f.project_id = ? AND f.change = 'R' AND c.committed_at > ? AND c.committed_at <= ?"
            + " ORDER BY c.committed_at";

    private final ReaderPool pool;

    public HistoryReader(ReaderPool pool) {
        this.pool = pool;
    }

    /** The view's recent commits (empty outside git or when history was not stored). */
    public CommitHistory recent(SnapshotView view) throws SQLException {
        return view.derived(CommitHistory.class, this::load);
    }

    /**
     * Renames (old path → new path) recorded by commits after {@code from}'s commit up to {@code to}'s;
     * empty when either commit is not in the stored history.
     */
    public Map<String, String> renamesBetween(SnapshotView from, SnapshotView to) throws SQLException {
        Map<String, String> renames = new HashMap<>();
        try (Connection c = pool.connection()) {
            Optional<Long> start = commitTime(c, from);
            Optional<Long> end = commitTime(c, to);
            if (start.isEmpty() || end.isEmpty()) {
                return renames;
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT_RENAMES)) {
                ps.setString(1, to.project().id());
                ps.setLong(2, Math.min(start.get(), end.get()));
                ps.setLong(3, Math.max(start.get(), end.get()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            renames.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        }
        return renames;
    }

    private CommitHistory load(SnapshotView view) throws SQLException {
        List<CommitHistory.Commit> commits = new ArrayList<>();
        try (Connection c = pool.connection()) {
            Optional<Long> tip = commitTime(c, view);
            if (tip.isEmpty()) {
                return new CommitHistory(commits);
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT_RECENT);
                    PreparedStatement files = c.prepareStatement(SELECT_COMMIT_FILES)) {
                ps.setString(1, view.project().id());
                ps.setLong(2, tip.get());
                ps.setInt(3, RECENT_COMMITS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String sha = rs.getString(1);
                        String subject = rs.getString(5);
                        commits.add(new CommitHistory.Commit(sha, subject == null ? "" : subject, rs.getString(2),
                                Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getInt(4), changes(files, view.project().id(), sha)));
                    }
                }
            }
        }
        return new CommitHistory(commits);
    }

    private static List<CommitHistory.Change> changes(PreparedStatement ps, String projectId, String sha)
            throws SQLException {
        List<CommitHistory.Change> out = new ArrayList<>();
        ps.setString(1, projectId);
        ps.setString(2, sha);
        ps.setInt(3, FILES_PER_COMMIT);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CommitHistory.Change(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private static Optional<Long> commitTime(Connection c, SnapshotView view) throws SQLException {
        String sha = view.meta().commit();
        if (sha == null || sha.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_COMMIT_TIME)) {
            ps.setString(1, view.project().id());
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
