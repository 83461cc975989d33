package dev.memlayer.indexer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Every setting of the indexer, read once at startup ({@code application.properties}, system
 * properties, or environment variables such as {@code MEMLAYER_DB} and {@code MEMLAYER_MAX_FILE_BYTES}).
 */
@ConfigMapping(prefix = "memlayer")
public interface IndexerConfig {

    /** Database file when {@code --db} is not given ({@code MEMLAYER_DB}); else the default location. */
    Optional<String> db();

    /** Files larger than this are skipped, never read. */
    @WithDefault("1048576")
    long maxFileBytes();

    /** How long a run waits for another run's writer lock on the same database before giving up. */
    @WithDefault("60")
    int lockWaitSeconds();

    /**
     * Files with new content or facts written per transaction (rows that only list an unchanged
     * file are cheaper: 40 of them count as one).
     */
    @WithDefault("500")
    int batchSize();

    /** Threads that read, hash and compress files; 0 means one per available processor. */
    @WithDefault("0")
    int hashThreads();

    /**
     * Ready snapshots kept per project; older ones and the facts only they referenced are removed
     * after each run and by {@code memlayer gc} ({@code --keep} overrides it there).
     */
    @WithDefault("5")
    int keepSnapshots();

    /**
     * How long a run started by a git hook waits for another writer (a cron reindex, a long first
     * index) before giving up; kept under the ten minutes after which a queued marker counts as stale.
     */
    @WithDefault("540")
    int hookLockWaitSeconds();

    /**
     * The command that runs memlayer, recorded in git hooks at install time ({@code MEMLAYER_LAUNCHER};
     * {@code scripts/memlayer} exports its own path). Unset: {@code java -jar} with this process's jar.
     */
    Optional<String> launcher();

    /** The memlayer checkout or install folder holding {@code scripts/} ({@code MEMLAYER_HOME}, set by the launcher). */
    Optional<String> home();

    /** The query service's base URL ({@code MEMLAYER_SERVICE_URL}); unset: {@code http://127.0.0.1:<port>}. */
    Optional<String> serviceUrl();

    /** The query service's port on 127.0.0.1 ({@code MEMLAYER_PORT}), as scripts/memlayer-serve binds it. */
    @WithDefault("7700")
    int port();
}
