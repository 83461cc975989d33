package dev.memlayer.indexer.walk;

/**
 * A file the walk kept, as stat saw it.
 *
 * @param path    repository-relative, {@code /}-separated (the manifest key)
 * @param size    bytes on disk
 * @param mtimeMs last-modified time in epoch milliseconds
 */
public record WalkedFile(String path, long size, long mtimeMs) {
}
