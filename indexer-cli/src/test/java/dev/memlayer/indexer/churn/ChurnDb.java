package dev.memlayer.indexer.churn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** A test database with one registered project, and readers of its history and churn rows. */
final class ChurnDb implements AutoCloseable {

    final Connection c;
    final String projectId;
    final Repository repository;

    ChurnDb(Connection c, String projectId, Repository repository) {
        this.c = c;
        this.projectId = projectId;
        this.repository = repository;
    }

    ChurnOutcome ensure(RevCommit commit) throws Exception {
        return new ChurnService(Clock.systemUTC()).ensure(c, repository, projectId, commit);
    }

    /** path → [commits_90d, commits_total, last_change_at, authors]. */
    Map<String, List<Long>> churn(long setId) throws Exception {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, commits_90d, commits_total, last_change_at,"
                + " authors FROM churn WHERE churn_set_id = ?")) {
            ps.setLong(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return rows;
    }

    /** path → its authors' names, sorted (schema V7: the set's names indexed by each row's ids). */
    Map<String, List<String>> authorNames(long setId) throws Exception {
        Map<String, List<String>> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.author_names, c.path, c.author_ids FROM churn c"
                + " JOIN churn_sets s ON s.id = c.churn_set_id WHERE c.churn_set_id = ?")) {
            ps.setLong(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> names = AuthorIds.splitNames(rs.getString(1));
                    rows.put(rs.getString(2), java.util.Arrays.stream(AuthorIds.parse(rs.getString(3)))
                            .mapToObj(names::get).sorted().toList());
                }
            }
        }
        return rows;
    }

    /** "a|b" → count. */
    Map<String, Long> cochange(long setId) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT path_a, path_b, count FROM cochange WHERE churn_set_id = ?")) {
            ps.setLong(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return rows;
    }

    /** "path change old_path" rows of one stored commit. */
    List<String> storedFiles(RevCommit commit) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, change, old_path FROM commit_files"
                + " WHERE project_id = ? AND sha = ? ORDER BY path")) {
            ps.setString(1, projectId);
            ps.setString(2, commit.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + (rs.getString(3) == null ? "" : " " + rs.getString(3)));
                }
            }
        }
        return rows;
    }

    long count(String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        if (c != null) {
            c.close();
        }
    }
}
