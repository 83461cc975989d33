package dev.memlayer.indexer.status;

import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.indexer.pipeline.Indexer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;

/** The service behind {@code memlayer status}. */
@ApplicationScoped
public class Status {

    private final IndexerConfig config;
    private final Indexer indexer;
    private final Clock clock;

    public Status(IndexerConfig config, Indexer indexer, Clock clock) {
        this.config = config;
        this.indexer = indexer;
        this.clock = clock;
    }

    public StatusReport status(String path, String db, boolean all) {
        return new StatusReader(clock, config.maxFileBytes()).read(indexer.database(db), Path.of(path), all);
    }
}
