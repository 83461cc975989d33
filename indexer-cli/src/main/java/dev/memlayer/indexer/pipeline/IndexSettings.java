package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.config.IndexerConfig;
import java.time.Duration;

/**
 * The knobs of one run, as plain values so the pipeline can be built without CDI (tests).
 *
 * @param threads worker threads that read, hash and compress; at least 1
 */
public record IndexSettings(long maxFileBytes, Duration lockWait, int batchSize, int threads) {

    public IndexSettings {
        batchSize = Math.max(1, batchSize);
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public static IndexSettings from(IndexerConfig config) {
        return new IndexSettings(config.maxFileBytes(), Duration.ofSeconds(config.lockWaitSeconds()),
                config.batchSize(), config.hashThreads());
    }

    public static IndexSettings defaults() {
        return new IndexSettings(1024 * 1024, Duration.ofSeconds(60), 500, 0);
    }

    public IndexSettings withLockWait(Duration wait) {
        return new IndexSettings(maxFileBytes, wait, batchSize, threads);
    }

    public IndexSettings withMaxFileBytes(long max) {
        return new IndexSettings(max, lockWait, batchSize, threads);
    }
}
