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

    /** Manifest rows and contents written per transaction. */
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
}
