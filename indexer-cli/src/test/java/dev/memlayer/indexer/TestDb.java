package dev.memlayer.indexer;

import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small read helpers over a test database (through SQLiteDataSource, never DriverManager). */
public final class TestDb {

    private TestDb() {
    }

    /**
     * Join condition: manifest row {@code m} is held by snapshot {@code s} (rows are shared by a range of
     * snapshots; see {@code dev.memlayer.schema.SnapshotRows}).
     */
    public static final String HELD = "m.project_id = s.project_id AND m.start_snapshot <= s.id"
            + " AND (m.end_snapshot IS NULL OR m.end_snapshot > s.id)";

    public static Connection open(Path db) throws SQLException {
        return SqliteSettings.writer(db).getConnection();
    }

    /** The first column of each row, as objects. */
    public static List<Object> column(Path db, String sql, Object... args) throws SQLException {
        try (Connection c = open(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    public static void execute(Path db, String sql) throws SQLException {
        try (Connection c = open(db); var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
