package dev.memlayer.service.context;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few distinct tasks asked of each project, newest first, kept in memory only: a project's next snapshot
 * is warmed with them, as a search engine warms a new index with its recent queries, because an agent's next
 * question after its own commit shares most of its words with the ones before.
 */
final class RecentTasks {

    private final int perProject;
    private final Map<String, Deque<String>> byProject = new HashMap<>();

    RecentTasks(int perProject) {
        this.perProject = perProject;
    }

    synchronized void add(String projectId, String task) {
        Deque<String> tasks = byProject.computeIfAbsent(projectId, p -> new ArrayDeque<>(perProject + 1));
        tasks.remove(task);
        tasks.addFirst(task);
        if (tasks.size() > perProject) {
            tasks.removeLast();
        }
    }

    /** The project's recent tasks, newest first; empty when none was asked. */
    synchronized List<String> of(String projectId) {
        Deque<String> tasks = byProject.get(projectId);
        return tasks == null ? List.of() : List.copyOf(new ArrayList<>(tasks));
    }
}
