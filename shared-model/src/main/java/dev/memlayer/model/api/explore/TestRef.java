package dev.memlayer.model.api.explore;

/**
 * A test file.
 *
 * @param kind {@code unit}, {@code integration} or {@code e2e}
 */
public record TestRef(String path, String kind) {
}
