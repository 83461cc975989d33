package dev.memlayer.indexer.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.memlayer.model.snapshot.ProjectRef;

/**
 * The result of one published run; also the {@code --json} output of {@code memlayer index}, whose
 * field names are a contract (the query-service tests parse it).
 *
 * @param files   files in the snapshot
 * @param changed new paths or changed content
 * @param reused  taken from the previous snapshot without reading
 * @param removed paths of the previous snapshot that are gone
 * @param skipped files and directories left out by the skip rules
 * @param parsed  files whose content was parsed by an extractor in this run (new facts)
 * @param edges   edges of the snapshot's resolved file graph
 * @param bytes   total size of the files in the snapshot
 */
@JsonPropertyOrder({"project", "version", "commit", "branch", "dirty", "files", "changed", "reused", "removed",
        "skipped", "parsed", "edges", "bytes", "duration_ms", "db"})
public record IndexSummary(
        ProjectRef project,
        long version,
        String commit,
        String branch,
        boolean dirty,
        int files,
        int changed,
        int reused,
        int removed,
        int skipped,
        int parsed,
        int edges,
        long bytes,
        @JsonProperty("duration_ms") long durationMs,
        String db) {
}
