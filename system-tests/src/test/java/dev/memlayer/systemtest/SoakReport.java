package dev.memlayer.systemtest;

import java.util.List;

/**
 * What one soak measured.
 *
 * @param errors         failed requests (non-200, timeouts, connection errors), plus failed indexer or gc runs
 * @param errorSamples   the first few failures, for the assertion message
 * @param maxWalBytes    the largest {@code -wal} file seen (sampled every 100 ms)
 */
record SoakReport(int seconds, int clients, long requests, long errors, List<String> errorSamples, double p50Ms,
        double p99Ms, double maxMs, int snapshotsPublished, int gcRuns, long maxWalBytes, boolean busyInServiceLog) {

    String line() {
        return String.format("soak: %d s, %d clients: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.0f ms;"
                + " %d snapshots published, %d gc runs; max WAL %d KiB; SQLITE_BUSY in service log: %s",
                seconds, clients, requests, errors, p50Ms, p99Ms, maxMs, snapshotsPublished, gcRuns,
                maxWalBytes / 1024, busyInServiceLog ? "yes" : "no");
    }
}
