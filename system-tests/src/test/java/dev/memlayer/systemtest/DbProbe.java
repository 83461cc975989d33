package dev.memlayer.systemtest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteDataSource;

/** Read-only looks into the database between runs, as a reader would see it. */
final class DbProbe {

    /** One ready snapshot and how many manifest rows it really has. */
    record Ready(long id, long version, int fileCount, int manifestRows, int missingContents) {
    }

    /** Manifest row m is held by snapshot s (rows are shared by a range of snapshots). */
    private static final String HELD = "m.project_id = s.project_id AND m.start_snapshot <= s.id"
            + " AND (m.end_snapshot IS NULL OR m.end_snapshot > s.id)";

    static final String READY = "SELECT s.id, s.version, s.file_count,"
            + " (SELECT count(*) FROM manifest m WHERE " + HELD + "),"
            + " (SELECT count(*) FROM manifest m WHERE " + HELD
            + "    AND NOT EXISTS (SELECT 1 FROM contents c WHERE c.content_hash = m.content_hash))"
            + " FROM snapshots s WHERE s.status = 'ready' ORDER BY s.version";

    private final SQLiteDataSource ds = new SQLiteDataSource();

    DbProbe(Path db) {
        ds.setUrl("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
    }

    String integrityCheck() throws SQLException {
        return String.join("; ", strings("PRAGMA integrity_check"));
    }

    /** Ready snapshots, oldest first. */
    List<Ready> ready() throws SQLException {
        List<Ready> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(READY);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Ready(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }

    Ready newestReady() throws SQLException {
        List<Ready> all = ready();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
