package dev.memlayer.bench.runs;

import dev.memlayer.bench.generate.RepoCache;
import dev.memlayer.bench.generate.RepoPlan;
import dev.memlayer.bench.generate.TaskCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository a benchmark runs on: a cached synthetic one of N files, or any real work tree.
 *
 * @param dir   the repository (never modified: benchmarks work on a copy)
 * @param tasks task texts for load tests, or null to derive them from the repository's paths
 */
public record RepoSource(Path dir, List<String> tasks) {

    public static RepoSource synthetic(RepoCache cache, int files, long seed, PrintStream log) throws IOException {
        Path dir = cache.ensure(files, seed, log);
        return new RepoSource(dir, TaskCatalog.forPlan(RepoPlan.of(files, seed)));
    }

    public static RepoSource real(Path dir) {
        return new RepoSource(dir.toAbsolutePath().normalize(), null);
    }
}
