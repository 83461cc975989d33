package dev.memlayer.model.api.files;

/**
 * Another file related to this one.
 *
 * @param weight edge weight in (0, 1] (lower for ambiguous evidence), or the commits in common for co-change
 */
public record FileLink(String path, double weight) {
}
