package dev.memlayer.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

/**
 * Brings a database up to {@link SchemaVersion#CURRENT}. Used by the indexer only (the one
 * writer); each pending migration runs in its own transaction together with its record in
 * {@code schema_migrations}, so a crash leaves the database at a whole version.
 */
public final class Migrator {

    /** The bookkeeping table is the one piece of DDL outside the migration files: it records them. */
    static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + AppliedMigrations.TABLE + " ("
            + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)";
    static final String INSERT_APPLIED = "INSERT INTO " + AppliedMigrations.TABLE
            + " (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)";

    private final Clock clock;

    public Migrator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Applies the pending migrations. Returns how many ran (0 when already current).
     *
     * @throws SchemaException if the database is newer than this build or a migration was altered
     */
    public int migrate(Connection c) throws SQLException {
        Map<Integer, AppliedMigrations.Row> applied = AppliedMigrations.read(c);
        int newest = AppliedMigrations.checkAgainstBuild(applied);
        if (newest == SchemaVersion.CURRENT) {
            return 0;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int ran = 0;
        try {
            try (Statement st = c.createStatement()) {
                st.execute(CREATE_TABLE);
            }
            c.commit();
            for (Migration m : Migrations.all()) {
                if (applied.containsKey(m.version())) {
                    continue;
                }
                apply(c, m);
                ran++;
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return ran;
    }

    private void apply(Connection c, Migration m) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : SqlScript.statements(m.sql())) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_APPLIED)) {
                ps.setInt(1, m.version());
                ps.setString(2, m.name());
                ps.setString(3, m.checksum());
                ps.setLong(4, clock.millis());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new SchemaException("migration " + m.name() + " failed: " + e.getMessage(), e);
        }
    }
}
