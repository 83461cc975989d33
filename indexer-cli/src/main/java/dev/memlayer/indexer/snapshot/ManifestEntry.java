package dev.memlayer.indexer.snapshot;

/**
 * One row of a snapshot's manifest.
 *
 * @param path        repository-relative, {@code /}-separated
 * @param contentHash xxh3-128 hex ({@code ContentHasher})
 * @param language    {@code Language.ofPath(path).id()}
 */
public record ManifestEntry(String path, String contentHash, long size, long mtimeMs, String language, int lines) {
}
