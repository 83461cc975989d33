package dev.memlayer.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A published (ready) snapshot as readers see it.
 *
 * @param commit    commit sha the working tree was at; null outside git or before the first commit
 * @param dirty     whether the working tree had uncommitted changes when it was indexed
 * @param freshness how current the snapshot is from the reader's point of view
 */
public record SnapshotInfo(
        long version,
        String commit,
        String branch,
        boolean dirty,
        @JsonProperty("indexed_at") Instant indexedAt,
        @JsonProperty("file_count") int fileCount,
        Freshness freshness) {
}
