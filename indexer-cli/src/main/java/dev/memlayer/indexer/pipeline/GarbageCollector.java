package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.indexer.snapshot.Retention;
import dev.memlayer.indexer.snapshot.RetentionResult;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import dev.memlayer.indexer.snapshot.WriterLock;
import dev.memlayer.indexer.status.DatabaseSize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * The service behind {@code memlayer gc}: under the writer lock, applies {@link Retention} with a full
 * sweep, optionally vacuums, and folds the WAL back. Never creates a database.
 */
@ApplicationScoped
public class GarbageCollector {

    private final IndexerConfig config;
    private final Indexer indexer;
    private final Clock clock;

    public GarbageCollector(IndexerConfig config, Indexer indexer, Clock clock) {
        this.config = config;
        this.indexer = indexer;
        this.clock = clock;
    }

    /**
     * @param keep   ready snapshots kept per project; null for {@code memlayer.keep-snapshots}
     * @param vacuum also rewrite the file to return freed pages to the file system
     */
    public GcSummary collect(String db, Integer keep, boolean vacuum) {
        Path path = indexer.database(db);
        if (!Files.isRegularFile(path)) {
            throw new IndexerException("no database at " + path + "; nothing to collect");
        }
        int kept = keep != null ? keep : config.keepSnapshots();
        long startedAt = clock.millis();
        try (WriterLock lock = WriterLock.acquire(path, Duration.ofSeconds(config.lockWaitSeconds()));
                Connection c = WriterDatabase.openAndMigrate(path, clock)) {
            RetentionResult removed = new Retention(c, kept).collect();
            if (vacuum) {
                WriterDatabase.vacuum(c);
            }
            WriterDatabase.checkpoint(c);
            return new GcSummary(path.toString(), kept, removed, vacuum, DatabaseSize.onDisk(path),
                    clock.millis() - startedAt);
        } catch (SQLException e) {
            throw new IndexerException("database error on " + path + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexerException("cannot read the size of " + path + ": " + e.getMessage(), e);
        }
    }
}
