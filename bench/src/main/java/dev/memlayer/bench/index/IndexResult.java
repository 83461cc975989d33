package dev.memlayer.bench.index;

import java.util.Map;

/**
 * One indexing benchmark: a full index into a fresh database, then incremental runs after commits.
 *
 * @param repo             repository indexed (the benchmark's copy)
 * @param files            files in the snapshot
 * @param mb               their total size in MB
 * @param wallMs           full index wall clock, JVM start included
 * @param cpuMs            full index CPU time (user + system), JVM start included
 * @param indexerMs        the indexer's own duration (no JVM start)
 * @param filesPerS        files / wall
 * @param mbPerS           MB / wall
 * @param rssMb            peak resident set of the full index
 * @param dbMb             database size after the full index (with its WAL)
 * @param incrementalMs    median wall of an incremental index, JVM start included, by files touched by
 *                         the commit before it ("0" = nothing changed)
 * @param incrementalCpuMs the same runs' median CPU time
 * @param incrementalRssMb peak resident set of the largest incremental run
 * @param hook             what the post-commit hook adds to {@code git commit}, or null when not measured
 * @param loadAverage      the machine's 1-minute load average when the row finished
 */
public record IndexResult(String repo, int files, double mb, long wallMs, long cpuMs, long indexerMs,
                          double filesPerS, double mbPerS, double rssMb, double dbMb, Map<String, Long> incrementalMs,
                          Map<String, Long> incrementalCpuMs, double incrementalRssMb, HookResult hook,
                          double loadAverage) {
}
