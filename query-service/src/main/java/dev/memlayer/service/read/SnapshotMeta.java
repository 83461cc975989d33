package dev.memlayer.service.read;

import java.time.Instant;

/** The row of one ready snapshot, as loaded; freshness is computed per request from it. */
public record SnapshotMeta(
        long id, long version, String commit, String branch, boolean dirty, Instant indexedAt, int fileCount) {
}
