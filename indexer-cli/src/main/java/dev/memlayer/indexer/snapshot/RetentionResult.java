package dev.memlayer.indexer.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one {@link Retention} pass removed.
 *
 * @param snapshotsRemoved ready snapshots past the kept N, and failed ones older than the newest ready
 * @param contentsRemoved  contents no manifest references (each with its lexical document)
 * @param extractionsRemoved extractions of such contents (with their symbols, imports, calls, …)
 * @param churnSetsRemoved churn sets no snapshot references (with their churn and co-change rows)
 * @param gitBlobsRemoved  blob → content mappings whose content is gone
 * @param bytesReclaimed   pages freed inside the database file, in bytes (reused by later writes;
 *                         {@code VACUUM} returns them to the file system)
 */
@JsonPropertyOrder({"snapshots_removed", "contents_removed", "extractions_removed", "churn_sets_removed",
        "git_blobs_removed", "bytes_reclaimed"})
public record RetentionResult(
        @JsonProperty("snapshots_removed") int snapshotsRemoved,
        @JsonProperty("contents_removed") long contentsRemoved,
        @JsonProperty("extractions_removed") long extractionsRemoved,
        @JsonProperty("churn_sets_removed") long churnSetsRemoved,
        @JsonProperty("git_blobs_removed") long gitBlobsRemoved,
        @JsonProperty("bytes_reclaimed") long bytesReclaimed) {

    public static final RetentionResult NOTHING = new RetentionResult(0, 0, 0, 0, 0, 0);
}
