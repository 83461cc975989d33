package dev.memlayer.indexer.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.memlayer.indexer.snapshot.RetentionResult;

/**
 * The result of {@code memlayer gc}; also its {@code --json} output.
 *
 * @param keep     ready snapshots kept per project
 * @param removed  what retention removed, with the bytes it freed inside the file
 * @param vacuumed whether the file was rewritten ({@code --vacuum})
 * @param dbBytes  the database on disk afterwards: the file plus its {@code -wal}
 */
@JsonPropertyOrder({"db", "keep", "removed", "vacuumed", "db_bytes", "duration_ms"})
public record GcSummary(
        String db,
        int keep,
        RetentionResult removed,
        boolean vacuumed,
        @JsonProperty("db_bytes") long dbBytes,
        @JsonProperty("duration_ms") long durationMs) {
}
