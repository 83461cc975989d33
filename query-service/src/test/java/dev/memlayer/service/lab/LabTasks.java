package dev.memlayer.service.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.model.api.Intent;
import dev.memlayer.service.plan.IntentClassifier;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labs' common input: the evaluation tasks (JSON lines) and {@code versions.tsv} (task id, project
 * id, snapshot version), each task parsed as the service parses a request's text.
 */
final class LabTasks {

    /** One task at its snapshot, parsed. */
    record LabTask(String id, JsonNode task, SnapshotView view, TaskQuery query, Intent intent) {
    }

    interface Visitor {
        void visit(LabTask task) throws Exception;
    }

    private LabTasks() {
    }

    static void forEach(ReaderPool pool, Path tasksFile, Path versions, Visitor visitor) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> tasks = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(tasksFile)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode t = json.readTree(line);
                tasks.put(t.get("id").asText(), t);
            }
        }
        for (String line : Files.readAllLines(versions)) {
            String[] cols = line.split("\t");
            JsonNode task = tasks.get(cols[0]);
            SnapshotView view = LoadedViews.load(pool, cols[1], Long.parseLong(cols[2]));
            String text = task.get("query").asText();
            // the service's limit on a task's text (RequestValidator): longer texts are refused there
            TaskQuery query = TaskParser.parse(text.length() > 20000 ? text.substring(0, 20000) : text);
            visitor.visit(new LabTask(cols[0], task, view, query, IntentClassifier.classify(text, Optional.empty())));
        }
    }
}
