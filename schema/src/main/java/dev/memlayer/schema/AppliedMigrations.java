package dev.memlayer.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the migrations table, and checks what it says against this build's migrations. */
final class AppliedMigrations {

    static final String TABLE = "schema_migrations";
    static final String TABLE_EXISTS =
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'";
    static final String SELECT_APPLIED =
            "SELECT version, name, checksum FROM " + TABLE + " ORDER BY version";

    record Row(int version, String name, String checksum) {
    }

    private AppliedMigrations() {
    }

    static boolean tableExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TABLE_EXISTS); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** version → row; empty when the table does not exist. */
    static Map<Integer, Row> read(Connection c) throws SQLException {
        Map<Integer, Row> rows = new LinkedHashMap<>();
        if (!tableExists(c)) {
            return rows;
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_APPLIED); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getInt(1), new Row(rs.getInt(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }

    /** Highest applied version, 0 for none. Refuses a newer schema or an altered migration. */
    static int checkAgainstBuild(Map<Integer, Row> applied) {
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > SchemaVersion.CURRENT) {
            throw new SchemaException("database schema version " + newest + " is newer than this memlayer ("
                    + SchemaVersion.CURRENT + "); upgrade memlayer or point MEMLAYER_DB at another database");
        }
        for (Migration m : Migrations.all()) {
            Row row = applied.get(m.version());
            if (row != null && !row.checksum().equals(m.checksum())) {
                throw new SchemaException("migration " + m.name() + " in the database differs from this build's"
                        + " (checksum " + abbrev(row.checksum()) + " vs " + abbrev(m.checksum())
                        + "); the database was written by an incompatible memlayer");
            }
        }
        return newest;
    }

    private static String abbrev(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
