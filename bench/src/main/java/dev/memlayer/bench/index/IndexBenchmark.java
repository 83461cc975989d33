package dev.memlayer.bench.index;

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
        log.printf("bench: full index of %d files (%.1f MB): %d ms wall, %d ms in the indexer, peak %.0f MB%n",
                summary.files(), mb, full.wallMs(), summary.durationMs(), full.peakMb());
        Map<String, Long> incremental = new LinkedHashMap<>();
        double incrementalPeak = 0;
        incremental.put("0", medianWall(repo, db, repeats, null, 0).wallMs());
        try (RepoEditor editor = RepoEditor.open(repo)) {
            for (int count : touches) {
                TimedRun last = medianWall(repo, db, repeats, editor, count);
                incremental.put(Integer.toString(count), last.wallMs());
                incrementalPeak = Math.max(incrementalPeak, last.peakMb());
                log.printf("bench: incremental after a commit touching %d files: %d ms wall (median of %d)%n",
                        count, last.wallMs(), repeats);
            }
            HookResult hookResult = hook ? HookBenchmark.run(memlayer, repo, db, editor, repeats) : null;
            if (hookResult != null) {
                log.printf("bench: git commit %d ms without a hook, %d ms with it%n", hookResult.commitMsWithout(),
                        hookResult.commitMsWith());
            }
            return new IndexResult(repo.toString(), summary.files(), round(mb), full.wallMs(), summary.durationMs(),
                    round(summary.files() * 1000.0 / full.wallMs()), round(mb * 1000.0 / full.wallMs()),
                    round(full.peakMb()), round(dbMb), incremental, round(incrementalPeak), hookResult);
        }
    }

    /** Median wall of {@code repeats} incremental runs, each after a commit touching {@code count} files. */
    private TimedRun medianWall(Path repo, Path db, int repeats, RepoEditor editor, int count)
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
        long median = Stats.median(runs.stream().map(TimedRun::wallMs).toList());
        return runs.stream().filter(r -> r.wallMs() == median).findFirst()
                .orElse(new TimedRun(median, 0, "", "", runs.stream().mapToDouble(TimedRun::peakMb).max().orElse(0)));
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
