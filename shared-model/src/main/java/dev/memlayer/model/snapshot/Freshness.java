package dev.memlayer.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How current a snapshot is. The service never runs git, so it can only say whether this is the
 * newest ready snapshot it knows, how old it is, and whether the tree was dirty when indexed.
 */
public record Freshness(
        boolean latest,
        @JsonProperty("age_seconds") long ageSeconds,
        @JsonProperty("working_tree_dirty") boolean workingTreeDirty) {
}
