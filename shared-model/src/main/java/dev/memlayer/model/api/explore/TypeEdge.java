package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code subject relation target} (extends, implements, impl, embeds, delegates).
 *
 * @param path       the file declaring the subject
 * @param targetPath the file defining the target, or null when it is not in the project (a library type)
 */
public record TypeEdge(String subject, String relation, String target, String path, int line,
        @JsonProperty("target_path") String targetPath) {
}
