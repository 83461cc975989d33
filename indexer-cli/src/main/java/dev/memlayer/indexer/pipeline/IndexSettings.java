package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.config.IndexerConfig;
import java.time.Duration;

/**
 * The knobs of one run, as plain values so the pipeline can be built without CDI (tests).
 *
 * @param threads       worker threads that read, hash and compress; at least 1
 * @param keepSnapshots ready snapshots kept per project by retention after each run; at least 1
 * @param progress      show {@link Progress} on stderr (still only on a terminal)
 */
public record IndexSettings(long maxFileBytes, Duration lockWait, int batchSize, int threads, int keepSnapshots,
        boolean progress) {

    public IndexSettings {
        batchSize = Math.max(1, batchSize);
        keepSnapshots = Math.max(1, keepSnapshots);
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public static IndexSettings from(IndexerConfig config) {
        return new IndexSettings(config.maxFileBytes(), Duration.ofSeconds(config.lockWaitSeconds()),
                config.batchSize(), config.hashThreads(), config.keepSnapshots(), false);
    }

    public static IndexSettings defaults() {
        return new IndexSettings(1024 * 1024, Duration.ofSeconds(60), 500, 0, 5, false);
    }

    public IndexSettings withLockWait(Duration wait) {
        return new IndexSettings(maxFileBytes, wait, batchSize, threads, keepSnapshots, progress);
    }

    public IndexSettings withMaxFileBytes(long max) {
        return new IndexSettings(max, lockWait, batchSize, threads, keepSnapshots, progress);
    }

    public IndexSettings withKeepSnapshots(int keep) {
        return new IndexSettings(maxFileBytes, lockWait, batchSize, threads, keep, progress);
    }

    public IndexSettings withProgress(boolean show) {
        return new IndexSettings(maxFileBytes, lockWait, batchSize, threads, keepSnapshots, show);
    }
}
