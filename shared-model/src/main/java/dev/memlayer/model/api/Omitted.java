package dev.memlayer.model.api;

/**
 * A ranked file left out of the context, and why: {@code budget}, {@code threshold}, {@code excluded} (by the
 * request's globs), or {@code not_found} (a pinned path the snapshot does not hold).
 *
 * @param rank the file's place in the ranking, counted like {@link FileEntry#rank} (files and omitted
 *             files together number 1, 2, 3, …); 0 for an excluded or unknown file, which is not ranked
 */
public record Omitted(String path, int rank, double score, String why) {
}
