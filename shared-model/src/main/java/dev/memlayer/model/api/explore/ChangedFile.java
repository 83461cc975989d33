package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file a commit changed.
 *
 * @param change  {@code A}dded, {@code M}odified, {@code D}eleted, {@code R}enamed
 * @param oldPath the path before a rename
 */
public record ChangedFile(String path, String change,
        @JsonProperty("old_path") @JsonInclude(JsonInclude.Include.NON_NULL) String oldPath) {
}
