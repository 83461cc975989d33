package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memlayer.model.api.Reason;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Offline ranking lab (not a test): for each evaluation task, the engine's own ranking with every
 * candidate's contribution per signal (its reasons, summed by signal), so fusion changes can be
 * tried offline on exactly what the service computes. Same inputs as {@link RankingLab}.
 *
 * <pre>java -cp … dev.memlayer.service.lab.ContributionLab DB TASKS VERSIONS OUT</pre>
 */
public final class ContributionLab {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ReaderPool pool = LoadedViews.pool(Path.of(args[0]));
        LexicalSearch lexical = new LexicalSearch(pool);
        PastCommitSearch pastCommits = new PastCommitSearch(pool);
        FusionRanker ranker = FusionRanker.standard(lexical, pastCommits,
                new dev.memlayer.service.read.DeprecatedSymbols(pool));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
            LabTasks.forEach(pool, Path.of(args[1]), Path.of(args[2]), lab -> {
                JsonNode task = lab.task();
                SnapshotView view = lab.view();
                ObjectNode row = json.createObjectNode();
                row.put("id", lab.id());
                row.put("repo", task.get("repo").asText());
                row.put("intent", lab.intent().wireName());
                row.set("gold", task.get("gold"));
                row.put("files", view.files().size());
                var cands = row.putArray("ranked");
                for (RankedFile rf : ranker.rank(lab.query(), view, lab.intent(), List.of()).ranked()) {
                    ObjectNode c = cands.addObject();
                    c.put("path", rf.file().path());
                    c.put("lang", rf.file().language());
                    c.put("test", rf.file().test() ? 1 : 0);
                    c.put("lines", rf.file().lines());
                    c.put("score", rf.score());
                    ObjectNode by = c.putObject("by");
                    for (Reason reason : rf.reasons()) {
                        by.put(reason.signal(), by.path(reason.signal()).asDouble(0) + reason.weight());
                    }
                }
                out.println(json.writeValueAsString(row));
            });
        }
        System.exit(0);
    }
}
