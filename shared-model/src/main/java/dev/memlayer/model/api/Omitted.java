package dev.memlayer.model.api;

/**
 * A ranked file left out of the context, and why (budget, threshold, excluded).
 *
 * @param rank the file's place in the ranking, counted like {@link FileEntry#rank} (files and omitted
 *             files together number 1, 2, 3, …); 0 for an excluded file, which is not ranked
 */
public record Omitted(String path, int rank, double score, String why) {
}
