package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.schema.DatabaseLocation;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The service behind {@code memlayer index}: resolves the database path and runs one {@link IndexRun}. */
@ApplicationScoped
public class Indexer {

    private final IndexerConfig config;
    private final Clock clock;

    public Indexer(IndexerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Indexes the working tree, or the tree of {@code rev} when it is not null.
     *
     * @param progress show files done / total on stderr when it is a terminal (never with --json)
     */
    public IndexSummary index(String path, String db, boolean full, String rev, boolean progress) {
        return new IndexRun(IndexSettings.from(config).withProgress(progress), clock)
                .run(Path.of(path), database(db), full, rev);
    }

    /**
     * An incremental run of the working tree that waits up to {@code lockWait} for another writer
     * and calls {@code onLocked} once it holds the lock (git hooks: see {@code hook.HookRun}).
     */
    public IndexSummary indexQueued(Path root, Path db, Duration lockWait, Runnable onLocked) {
        return new IndexRun(IndexSettings.from(config).withLockWait(lockWait), clock)
                .run(root, db, false, null, onLocked);
    }

    /** {@code --db}, else {@code memlayer.db} / {@code MEMLAYER_DB}, else the default location. */
    public Path database(String explicit) {
        return DatabaseLocation.resolve(explicit != null ? explicit : config.db().orElse(null));
    }
}
