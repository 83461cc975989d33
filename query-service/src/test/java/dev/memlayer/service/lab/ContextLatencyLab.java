package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.model.api.Intent;
import dev.memlayer.service.assemble.AssembledFile;
import dev.memlayer.service.assemble.Assembly;
import dev.memlayer.service.assemble.BudgetAssembler;
import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.plan.IntentClassifier;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.rank.RankedCandidates;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Offline latency lab (not a test): what {@code /v1/context} does per request below HTTP — parse,
 * classify, rank, assemble — for the tasks of a file in a loop against one snapshot, with the
 * planning and assembly times apart, the thread's CPU time per call (steadier than wall time on a
 * shared machine), and a digest of every answer (ranked paths, scores, reasons,
 * chosen representations, context text, tokens used) so a speed change can prove it changed
 * nothing else: the digest must be the same before and after.
 *
 * <pre>java -cp … dev.memlayer.service.lab.ContextLatencyLab DB PROJECT_ID VERSION TASKS REPO_SUBSTRING ROUNDS [BUDGET]</pre>
 * TASKS: JSON lines with a {@code query} field (the dev set) or plain lines of task text ({@code .txt}).
 */
public final class ContextLatencyLab {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        ReaderPool pool = LoadedViews.pool(db);
        FusionRanker ranker = FusionRanker.standard(new LexicalSearch(pool), new dev.memlayer.service.read.PastCommitSearch(pool),
                new dev.memlayer.service.read.DeprecatedSymbols(pool));
        TokenEstimator tokens = new TokenEstimator();
        BudgetAssembler assembler = new BudgetAssembler(new ContentReader(pool, LoadedViews.config(db)),
                new CallReader(pool), tokens);
        SnapshotView view = LoadedViews.load(pool, args[1], Long.parseLong(args[2]));
        List<String> tasks = new ArrayList<>();
        boolean plain = args[3].endsWith(".txt");
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            if (plain) {
                tasks.add(line.replace("\\n", "\n").replace("\\t", "\t"));
            } else if (line.contains(args[4])) {
                tasks.add(json.readTree(line).get("query").asText());
            }
        }
        int rounds = Integer.parseInt(args[5]);
        int budget = args.length > 6 ? Integer.parseInt(args[6]) : 4000;
        double[] plan = new double[rounds * tasks.size()];
        double[] total = new double[rounds * tasks.size()];
        double[] cpu = new double[rounds * tasks.size()];
        double[] allocated = new double[rounds * tasks.size()];
        // the HotSpot bean: it also counts the bytes a thread allocates, which the collector must later pay for
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String task : tasks) {
                long c0 = threads.getCurrentThreadCpuTime();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                TaskQuery query = TaskParser.parse(task);
                Intent intent = IntentClassifier.classify(task, Optional.empty());
                RankedCandidates candidates = ranker.rank(query, view, intent, List.of());
                long t1 = System.nanoTime();
                Assembly assembly = assembler.assemble(view, candidates.ranked(), query, budget, Neighbours.of(view));
                long t2 = System.nanoTime();
                cpu[n] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                allocated[n] = (threads.getCurrentThreadAllocatedBytes() - a0) / 1024.0;
                plan[n] = (t1 - t0) / 1e6;
                total[n++] = (t2 - t0) / 1e6;
                if (r == 0) {
                    digest.update(fingerprint(candidates, assembly).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        System.out.printf("plan:  %s%ntotal: %s%ncpu:   %s%nalloc: %s%ndigest of %d answers: %s%n", percentiles(plan),
                percentiles(total), percentiles(cpu), percentiles(allocated, "KB"), tasks.size(),
                HexFormat.of().formatHex(digest.digest()));
        System.exit(0);
    }

    private static String fingerprint(RankedCandidates candidates, Assembly assembly) {
        StringBuilder sb = new StringBuilder();
        for (RankedFile rf : candidates.ranked()) {
            sb.append(rf.file().path()).append(' ').append(rf.score()).append(' ').append(rf.reasons()).append('\n');
        }
        for (AssembledFile af : assembly.files()) {
            sb.append(af.ranked().file().path()).append(' ').append(af.representation()).append(' ')
                    .append(af.tokens()).append(' ').append(af.symbols()).append('\n');
        }
        sb.append(assembly.omitted()).append('\n').append(assembly.used()).append('\n').append(assembly.context());
        return sb.toString();
    }

    /** Percentiles of the second half of the calls (the first half warms the JIT and the caches). */
    private static String percentiles(double[] ms) {
        return percentiles(ms, "ms");
    }

    /** Percentiles of the second half of the calls (the first warms the JIT and the caches up). */
    private static String percentiles(double[] values, String unit) {
        double[] last = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(last);
        return String.format("p50 %.2f %s, p90 %.2f %s, p99 %.2f %s, max %.2f %s over %d calls",
                last[last.length / 2], unit, last[(int) (last.length * 0.9)], unit, last[(int) (last.length * 0.99)],
                unit, last[last.length - 1], unit, last.length);
    }
}
