package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.model.api.Intent;
import dev.memlayer.service.plan.IntentClassifier;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.SnapshotView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Offline latency lab (not a test): ranks the tasks of one repository from the dev set against one
 * snapshot in a loop, for profiling the planner with JFR without HTTP in the way.
 *
 * <pre>java -cp … dev.memlayer.service.lab.RankLatencyLab DB PROJECT_ID VERSION TASKS REPO_SUBSTRING ROUNDS</pre>
 */
public final class RankLatencyLab {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        ReaderPool pool = LoadedViews.pool(db);
        FusionRanker ranker = FusionRanker.standard(new LexicalSearch(pool));
        SnapshotView view = LoadedViews.load(pool, args[1], Long.parseLong(args[2]));
        List<String> tasks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            if (line.contains(args[4])) {
                tasks.add(json.readTree(line).get("query").asText());
            }
        }
        int rounds = Integer.parseInt(args[5]);
        double[] ms = new double[rounds * tasks.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String task : tasks) {
                long t0 = System.nanoTime();
                TaskQuery query = TaskParser.parse(task);
                Intent intent = IntentClassifier.classify(task, Optional.empty());
                ranker.rank(query, view, intent, List.of());
                ms[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] last = Arrays.copyOfRange(ms, ms.length / 2, ms.length);
        Arrays.sort(last);
        System.out.printf("rank: p50 %.2f ms, p90 %.2f ms, max %.2f ms over %d calls%n",
                last[last.length / 2], last[(int) (last.length * 0.9)], last[last.length - 1], last.length);
        System.exit(0);
    }
}
