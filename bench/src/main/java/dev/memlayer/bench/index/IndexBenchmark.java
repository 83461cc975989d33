package dev.memlayer.bench.index;

import dev.memlayer.bench.process.Machine;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.process.ProcessTimer;
import dev.memlayer.bench.process.TimedRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full and incremental indexing with the packaged indexer, as a user or a git hook runs it. The
 * repository must be a copy the benchmark may commit to.
 */
public final class IndexBenchmark {

    private static final long TIMEOUT_S = 3600;

    private final Memlayer memlayer;
    private final PrintStream log;

    public IndexBenchmark(Memlayer memlayer, PrintStream log) {
        this.memlayer = memlayer;
        this.log = log;
    }

    /**
     * @param touches files touched per commit before each measured incremental run, e.g. 1, 10, 100
     * @param repeats runs per measured row (median reported)
     * @param hook    also measure the post-commit hook's cost to {@code git commit}
     */
    public IndexResult run(Path repo, Path db, List<Integer> touches, int repeats, boolean hook)
            throws IOException, InterruptedException {
        TimedRun full = ProcessTimer.run(memlayer.index(repo, db, true), TIMEOUT_S).requireSuccess("full index");
        IndexedSummary summary = IndexedSummary.parse(full.lastLine());
        double mb = summary.bytes() / 1e6;
        double dbMb = databaseMb(db);
        log.printf("bench: full index of %d files (%.1f MB): %d ms wall, %d ms CPU, %d ms in the indexer, peak %.0f MB"
                + " (load average %.1f)%n", summary.files(), mb, full.wallMs(), full.cpuMs(), summary.durationMs(),
                full.peakMb(), Machine.loadAverage());
        Map<String, Long> incremental = new LinkedHashMap<>();
        Map<String, Long> incrementalCpu = new LinkedHashMap<>();
        double incrementalPeak = 0;
        Row unchanged = medianRow(repo, db, repeats, null, 0);
        incremental.put("0", unchanged.wallMs());
        incrementalCpu.put("0", unchanged.cpuMs());
        try (RepoEditor editor = RepoEditor.open(repo)) {
            for (int count : touches) {
                Row row = medianRow(repo, db, repeats, editor, count);
                incremental.put(Integer.toString(count), row.wallMs());
                incrementalCpu.put(Integer.toString(count), row.cpuMs());
                incrementalPeak = Math.max(incrementalPeak, row.peakMb());
                log.printf("bench: incremental after a commit touching %d files: %d ms wall, %d ms CPU (median of %d)%n",
                        count, row.wallMs(), row.cpuMs(), repeats);
            }
            HookResult hookResult = hook ? HookBenchmark.run(memlayer, repo, db, editor, repeats) : null;
            if (hookResult != null) {
                log.printf("bench: git commit %d ms without a hook, %d ms with it%n", hookResult.commitMsWithout(),
                        hookResult.commitMsWith());
            }
            return new IndexResult(repo.toString(), summary.files(), round(mb), full.wallMs(), full.cpuMs(),
                    summary.durationMs(), round(summary.files() * 1000.0 / full.wallMs()),
                    round(mb * 1000.0 / full.wallMs()), round(full.peakMb()), round(dbMb), incremental, incrementalCpu,
                    round(incrementalPeak), hookResult, Machine.loadAverage());
        }
    }

    /** Medians of repeated runs. */
    private record Row(long wallMs, long cpuMs, double peakMb) {
    }

    /** Medians of {@code repeats} incremental runs, each after a commit touching {@code count} files. */
    private Row medianRow(Path repo, Path db, int repeats, RepoEditor editor, int count)
            throws IOException, InterruptedException {
        List<TimedRun> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            if (editor != null) {
                editor.commitTouching(count);
            }
            TimedRun run = ProcessTimer.run(memlayer.index(repo, db, false), TIMEOUT_S)
                    .requireSuccess("incremental index");
            IndexedSummary summary = IndexedSummary.parse(run.lastLine());
            if (summary.changed() < count) {
                throw new IllegalStateException("incremental index saw " + summary.changed() + " changed files after "
                        + "a commit touching " + count);
            }
            runs.add(run);
        }
        return new Row(Stats.median(runs.stream().map(TimedRun::wallMs).toList()),
                Stats.median(runs.stream().map(TimedRun::cpuMs).toList()),
                runs.stream().mapToDouble(TimedRun::peakMb).max().orElse(0));
    }

    public static double databaseMb(Path db) throws IOException {
        long bytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path file = Path.of(db + suffix);
            if (Files.exists(file)) {
                bytes += Files.size(file);
            }
        }
        return bytes / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
