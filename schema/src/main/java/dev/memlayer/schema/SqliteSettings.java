package dev.memlayer.schema;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How each side opens the one SQLite file. The writer sets WAL (stored in the file, so readers
 * inherit it) and a busy timeout; the reader opens read-only and never touches journal settings.
 */
public final class SqliteSettings {

    /** Writers wait this long for a lock held by another connection before failing. */
    public static final int BUSY_TIMEOUT_MS = 10_000;
    /** The WAL file is truncated back to this size after checkpoints, so it cannot grow unbounded. */
    public static final int JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

    private SqliteSettings() {
    }

    /**
     * Page cache of a writer connection, in KiB. SQLite's default (2 000 KiB) is smaller than the
     * manifest's content-hash index of a 10 000-file project with a few snapshots: an incremental run
     * inserts one row per file into it and retention deletes as many, scattered over all its pages, so
     * with the default cache each page was read again (and spilled) by every statement. Allocated as
     * pages are used, so a small database never takes it all.
     */
    public static final int WRITER_CACHE_KIB = 64 * 1024;

    /** A data source for the indexer: WAL, NORMAL sync (safe in WAL), foreign keys on, a larger page cache. */
    public static SQLiteDataSource writer(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setCacheSize(-WRITER_CACHE_KIB);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setJournalSizeLimit(JOURNAL_SIZE_LIMIT_BYTES);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        return ds;
    }

    /**
     * The JDBC URL of a read-only connection ({@code SQLITE_OPEN_READONLY}); pair it with
     * {@link #READER_INIT_SQL} on every new connection.
     */
    public static String readerUrl(Path db) {
        return "jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro";
    }

    /** Belt and braces over mode=ro: even a statement that slipped through cannot write. */
    public static final String READER_INIT_SQL = "PRAGMA query_only=1";

    /** A read-only data source (tools and tests; the service uses its Agroal pool with the same URL). */
    public static SQLiteDataSource reader(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(readerUrl(db));
        return ds;
    }
}
