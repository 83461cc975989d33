package dev.memlayer.indexer.snapshot;

/** File text to store once per content hash: original size and zlib bytes ({@link ContentCodec}). */
public record NewContent(String contentHash, long size, byte[] deflated) {
}
