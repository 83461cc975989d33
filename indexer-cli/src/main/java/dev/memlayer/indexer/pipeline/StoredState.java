package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.Background;
import dev.memlayer.indexer.extract.ExtractionKey;
import dev.memlayer.indexer.extract.FactsWriter;
import dev.memlayer.indexer.snapshot.ManifestWriter;
import dev.memlayer.indexer.snapshot.PreviousSnapshot;
import dev.memlayer.indexer.snapshot.SnapshotRepository;
import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What a run reads before it writes files: the previous snapshot (manifest, start time, graph
 * version), the git blobs hashed before and the extractions stored. None of it depends on the walk,
 * so a run reads it on a thread and read-only connection of its own while it walks. Only the run
 * holding the writer lock writes these tables, and it has committed all it wrote before, so the
 * second connection sees exactly what the run's own would.
 */
record StoredState(PreviousSnapshot previous, Map<String, String> knownBlobs, Set<ExtractionKey> storedKeys) {

    /** Starts reading on a new daemon thread; {@link #await} the result. */
    static CompletableFuture<StoredState> readAsync(Path db, String projectId) {
        return Background.start("memlayer-stored-state", () -> {
            try (Connection c = SqliteSettings.reader(db).getConnection()) {
                return read(c, projectId);
            }
        });
    }

    static StoredState read(Connection c, String projectId) throws SQLException {
        PreviousSnapshot previous = SnapshotRepository.latestReady(c, projectId).orElse(PreviousSnapshot.NONE);
        return new StoredState(previous, ManifestWriter.knownBlobs(c), FactsWriter.storedKeys(c));
    }

    /** The result of {@link #readAsync}, or its failure. */
    static StoredState await(CompletableFuture<StoredState> pending) throws SQLException {
        return Background.join(pending, "reading the previous snapshot");
    }
}
