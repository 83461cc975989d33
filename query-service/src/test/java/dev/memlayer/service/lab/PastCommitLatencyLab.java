package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.signals.PastCommitSignal;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Offline latency lab (not a test): the past-commit signal alone, for the tasks of a file against one
 * snapshot — the first call (which builds the view's {@code PastCommits}) apart, then every task
 * {@code ROUNDS} times, wall and thread-CPU time per call.
 *
 * <pre>java -cp … dev.memlayer.service.lab.PastCommitLatencyLab DB PROJECT_ID VERSION TASKS REPO_SUBSTRING ROUNDS</pre>
 */
public final class PastCommitLatencyLab {

    public static void main(String[] args) throws Exception {
        ReaderPool pool = LoadedViews.pool(Path.of(args[0]));
        SnapshotView view = LoadedViews.load(pool, args[1], Long.parseLong(args[2]));
        ObjectMapper json = new ObjectMapper();
        List<TaskQuery> tasks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            var t = json.readTree(line);
            if (t.path("repo").asText().contains(args[4])) {
                tasks.add(TaskParser.parse(t.path("query").asText()));
            }
        }
        int rounds = Integer.parseInt(args[5]);
        PastCommitSearch search = new PastCommitSearch(pool);
        PastCommitSignal signal = new PastCommitSignal(search);
        long t0 = System.nanoTime();
        int usable = search.commits(view).size();
        System.out.printf("view: %d usable commits, built in %.1f ms%n", usable, (System.nanoTime() - t0) / 1e6);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] wall = new double[tasks.size() * rounds];
        double[] cpu = new double[wall.length];
        long hits = 0;
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (TaskQuery q : tasks) {
                long c = mx.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                hits += signal.score(q, view).size();
                wall[n] = (System.nanoTime() - w) / 1e6;
                cpu[n++] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%d calls (%d tasks × %d), %.1f hits/call; wall p50 %.3f p90 %.3f p99 %.3f ms;"
                + " cpu p50 %.3f p90 %.3f p99 %.3f ms%n", n, tasks.size(), rounds, hits / (double) n,
                wall[n / 2], wall[n * 9 / 10], wall[n * 99 / 100], cpu[n / 2], cpu[n * 9 / 10], cpu[n * 99 / 100]);
        LoadedViews.close(pool);
    }
}
