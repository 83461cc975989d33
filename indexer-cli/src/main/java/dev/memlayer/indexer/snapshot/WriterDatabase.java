package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.lexical.LexicalIndexWriter;
import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Opens the database for writing (WAL, busy timeout, foreign keys; see {@link SqliteSettings#writer})
 * and brings its schema up to date. Not a Quarkus datasource: the path comes from {@code --db},
 * which is parsed after Quarkus has configured its datasources.
 */
public final class WriterDatabase {

    static final String CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)";
    static final String VACUUM = "VACUUM";
    static final String USER_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            + " ORDER BY name";
    /** The bookkeeping table every memlayer database has from its first migration on. */
    static final String MIGRATIONS_TABLE = "schema_migrations";

    private WriterDatabase() {
    }

    /**
     * The SQLite driver's one-time set-up, ahead of the first open ({@code pipeline.WarmUp}): loading
     * its native library, and the date formats every {@link SQLiteConfig} builds (the first one loads
     * the JDK's locale data). A failure is left for the open to meet and report.
     */
    public static void warmUp() {
        try {
            SQLiteJDBCLoader.initialize();
            new SQLiteConfig();
        } catch (Exception e) {
            // openAndMigrate loads the same library and reports why it cannot
        }
    }

    /** Creates the parent directories if needed. */
    public static void prepareDirectory(Path db) {
        try {
            Path parent = db.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IndexerException("cannot create the directory of " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a writer connection and runs pending migrations.
     *
     * @throws dev.memlayer.schema.SchemaException when the database is newer or altered
     */
    public static Connection openAndMigrate(Path db, Clock clock) throws SQLException {
        refuseForeign(db);
        Connection c = SqliteSettings.writer(db).getConnection();
        try {
            new Migrator(clock).migrate(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Looks at an existing file read-only before the writer touches it: opening it for writing
     * already switches it to WAL (a header write) and migrating would add our tables to someone
     * else's database. An empty file is a new database.
     *
     * @throws IndexerException when the file is not SQLite, is damaged, or holds tables but no memlayer schema
     */
    static void refuseForeign(Path db) {
        try {
            if (!Files.isRegularFile(db) || Files.size(db) == 0) {
                return;
            }
        } catch (IOException e) {
            throw new IndexerException("cannot read " + db + ": " + e.getMessage(), e);
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = SqliteSettings.reader(db).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(USER_TABLES)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IndexerException(db + " is not a readable SQLite database, left unchanged ("
                    + e.getMessage() + ")", e);
        }
        if (!tables.isEmpty() && !tables.contains(MIGRATIONS_TABLE)) {
            throw new IndexerException(db + " is not a memlayer database (it has tables "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + "), left unchanged; choose another file with --db or MEMLAYER_DB");
        }
    }

    /**
     * Merges the lexical index into one segment, then rewrites the file without its free pages. Slow
     * and blocks writers for its duration (readers keep reading); only {@code memlayer gc --vacuum} asks.
     */
    public static void vacuum(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true); // VACUUM cannot run inside a transaction
        try (Statement optimize = c.createStatement()) {
            optimize.executeUpdate(LexicalIndexWriter.OPTIMIZE);
        }
        try (Statement vacuum = c.createStatement()) {
            vacuum.executeUpdate(VACUUM);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Folds the WAL back into the database file; best effort, a busy reader may prevent it. */
    public static void checkpoint(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute(CHECKPOINT);
        } catch (SQLException ignored) {
            // readers may hold the WAL; the next run checkpoints again
        }
    }
}
