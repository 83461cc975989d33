package dev.memlayer.indexer.hook;

import dev.memlayer.indexer.pipeline.IndexSummary;
import dev.memlayer.indexer.pipeline.Indexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The run a hook starts in the background: wait for the writer lock (a cron reindex or an earlier
 * hook run may hold it), clear the queued marker as soon as the lock is held (a commit landing
 * from then on queues the next run), and index the working tree incrementally at HEAD as it is
 * now. The marker is cleared on every path, so a failed run never blocks later hooks.
 */
public final class HookRun {

    private final Indexer indexer;
    private final Duration lockWait;

    public HookRun(Indexer indexer, Duration lockWait) {
        this.indexer = indexer;
        this.lockWait = lockWait;
    }

    /**
     * @param queued the marker the hook created, or null when run by hand
     * @throws dev.memlayer.indexer.IndexerException when the run fails (the marker is cleared all the same)
     */
    public IndexSummary run(Path root, Path db, Path queued) {
        Runnable clear = () -> clear(queued);
        try {
            return indexer.indexQueued(root, db, lockWait, clear);
        } finally {
            clear.run();
        }
    }

    private static void clear(Path queued) {
        if (queued == null) {
            return;
        }
        try {
            Files.deleteIfExists(queued);
        } catch (IOException ignored) {
            // not empty or already gone: the hook's staleness rule takes over after ten minutes
        }
    }
}
