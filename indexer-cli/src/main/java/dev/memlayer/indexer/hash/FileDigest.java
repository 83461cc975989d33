package dev.memlayer.indexer.hash;

/** What reading a file yields: its content hash, line count and size in bytes. */
public record FileDigest(String contentHash, int lines, long size) {
}
