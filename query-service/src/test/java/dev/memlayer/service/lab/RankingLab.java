package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.model.api.Intent;
import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.signals.ChurnSignal;
import dev.memlayer.service.signals.CoChangeSignal;
import dev.memlayer.service.signals.GraphSignal;
import dev.memlayer.service.signals.LexicalSignal;
import dev.memlayer.service.signals.MentionSignal;
import dev.memlayer.service.signals.PastCommitSignal;
import dev.memlayer.service.signals.PathSignal;
import dev.memlayer.service.signals.Seed;
import dev.memlayer.service.signals.Signal;
import dev.memlayer.service.signals.SignalHit;
import dev.memlayer.service.signals.SymbolSignal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline ranking lab (not a test): for each evaluation task, dumps every candidate file's
 * normalized score per signal, so weight changes can be tried in seconds instead of re-running the
 * evaluation. Input: {@code versions.tsv} (task id, project id, version) as written by
 * {@code scripts/eval --dump-versions}, plus the tasks file. Output: one JSON line per task.
 *
 * <pre>java -cp … dev.memlayer.service.lab.RankingLab DB TASKS VERSIONS OUT</pre>
 */
public final class RankingLab {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ReaderPool pool = LoadedViews.pool(Path.of(args[0]));
        LexicalSearch lexical = new LexicalSearch(pool);
        PastCommitSearch pastCommits = new PastCommitSearch(pool);
        List<Signal> direct = List.of(new MentionSignal(), new PathSignal(), new LexicalSignal(lexical),
                new SymbolSignal(), new PastCommitSignal(pastCommits));
        FusionRanker ranker = FusionRanker.standard(lexical, pastCommits,
                new dev.memlayer.service.read.DeprecatedSymbols(pool));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
            LabTasks.forEach(pool, Path.of(args[1]), Path.of(args[2]), lab -> {
                JsonNode task = lab.task();
                SnapshotView view = lab.view();
                TaskQuery query = lab.query();
                Intent intent = lab.intent();
                Map<String, ObjectNode> features = new LinkedHashMap<>();
                for (Signal s : direct) {
                    List<SignalHit> hits = s.score(query, view);
                    double scale = s.scale(hits);
                    for (SignalHit h : hits) {
                        if (scale > 0 && h.score() > 0) {
                            feature(features, json, h).put(s.name(), Math.min(1.0, h.score() / scale));
                        }
                    }
                }
                List<RankedFile> ranked = ranker.rank(query, view, intent, List.of()).ranked();
                List<Seed> seeds = new ArrayList<>();
                for (RankedFile rf : ranked) {
                    if (seeds.size() == 5) {
                        break;
                    }
                    if (!TestPaths.isTest(rf.file().path())) {
                        seeds.add(new Seed(rf.file(), view.indexOf(rf.file().path()),
                                seeds.isEmpty() ? 1.0 : rf.score() / ranked.get(0).score()));
                    }
                }
                for (var s : List.of(new GraphSignal(), new CoChangeSignal())) {
                    for (SignalHit h : s.score(seeds, view)) {
                        feature(features, json, h).put(s.name(), h.score());
                    }
                }
                long newest = 0;
                for (int i = 0; i < view.files().size(); i++) {
                    newest = Math.max(newest, view.history().churn(i).lastChangeAt());
                }
                ChurnSignal churn = new ChurnSignal();
                int rank = 1;
                Map<String, Integer> ranks = new HashMap<>();
                Map<String, Double> finalScores = new HashMap<>();
                for (RankedFile rf : ranked) {
                    ranks.put(rf.file().path(), rank++);
                    finalScores.put(rf.file().path(), rf.score());
                }
                for (Map.Entry<String, ObjectNode> e : features.entrySet()) {
                    double c = churn.score(query, view, view.indexOf(e.getKey()));
                    if (c > 0) {
                        e.getValue().put("churn", c);
                    }
                    e.getValue().put("test", TestPaths.isTest(e.getKey()) ? 1 : 0);
                    int index = view.indexOf(e.getKey());
                    var c2 = view.history().churn(index);
                    e.getValue().put("lines", view.files().get(index).lines());
                    e.getValue().put("c90", c2.commits90d());
                    e.getValue().put("ctotal", c2.commitsTotal());
                    e.getValue().put("age_days", c2.lastChangeAt() == 0 ? 99999
                            : (newest - c2.lastChangeAt()) / 86_400_000.0);
                    e.getValue().put("indeg", view.graph().in(index).length);
                    e.getValue().put("outdeg", view.graph().out(index).length);
                    e.getValue().put("rank", ranks.getOrDefault(e.getKey(), 9999));
                    e.getValue().put("score", finalScores.getOrDefault(e.getKey(), 0.0));
                }
                ObjectNode row = json.createObjectNode();
                row.put("id", lab.id());
                row.put("repo", task.get("repo").asText());
                row.put("intent", intent.wireName());
                row.set("gold", task.get("gold"));
                row.put("files", view.files().size());
                ObjectNode cands = row.putObject("cands");
                features.forEach(cands::set);
                out.println(json.writeValueAsString(row));
            });
        }
        System.exit(0);
    }

    private static ObjectNode feature(Map<String, ObjectNode> features, ObjectMapper json, SignalHit h) {
        return features.computeIfAbsent(h.file().path(), k -> {
            ObjectNode n = json.createObjectNode();
            n.put("lang", h.file().language());
            return n;
        });
    }
}
