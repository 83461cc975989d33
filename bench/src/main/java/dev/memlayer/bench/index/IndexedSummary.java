package dev.memlayer.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The fields of {@code memlayer index --json} the benchmark reads.
 *
 * @param projectId  the project's stable id
 * @param version    snapshot version published
 * @param files      files in the snapshot
 * @param changed    files read again
 * @param bytes      total size of the snapshot's files
 * @param durationMs the indexer's own timing (no JVM start)
 */
public record IndexedSummary(String projectId, long version, int files, int changed, long bytes, long durationMs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static IndexedSummary parse(String json) throws IOException {
        JsonNode node = JSON.readTree(json);
        return new IndexedSummary(node.path("project").path("id").asText(), node.path("version").asLong(),
                node.path("files").asInt(), node.path("changed").asInt(), node.path("bytes").asLong(),
                node.path("duration_ms").asLong());
    }
}
