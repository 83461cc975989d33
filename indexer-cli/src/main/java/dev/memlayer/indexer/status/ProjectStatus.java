package dev.memlayer.indexer.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.memlayer.model.snapshot.ProjectRef;
import java.time.Instant;

/**
 * Freshness of one project: its latest ready snapshot against the working tree now.
 *
 * @param version   latest ready version; 0 when none is ready yet
 * @param head      HEAD's commit now; null outside git, before the first commit, or if the root is gone
 * @param headMoved whether HEAD differs from the snapshot's commit
 * @param dirtyNow  whether the working tree differs from HEAD now; null outside git or if the root is gone
 */
@JsonPropertyOrder({"project", "version", "commit", "branch", "indexed_at", "files", "head", "head_moved",
        "dirty_now", "root_exists"})
public record ProjectStatus(
        ProjectRef project,
        long version,
        String commit,
        String branch,
        @JsonProperty("indexed_at") Instant indexedAt,
        int files,
        String head,
        @JsonProperty("head_moved") boolean headMoved,
        @JsonProperty("dirty_now") Boolean dirtyNow,
        @JsonProperty("root_exists") boolean rootExists) {
}
