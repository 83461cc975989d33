package dev.memlayer.schema;

/** One versioned migration script and the checksum that proves it was not altered. */
public record Migration(int version, String name, String sql, String checksum) {
}
