package dev.memlayer.indexer.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolved edges, one per (kind, src, dst): the strongest, and on equal weight the one with the
 * smaller evidence. The choice never depends on the order edges are found in, so resolving a file
 * alone (an incremental run) gives the same edge as resolving the whole snapshot. Listed in the order
 * first found, so a resolver that goes through its files in path order hands {@link EdgeWriter} rows
 * grouped by source (inserted near each other in the edges' primary key). Not thread-safe.
 */
final class EdgeSet {

    private final Map<EdgeKey, Edge> edges = new LinkedHashMap<>();

    void add(Edge e) {
        EdgeKey key = EdgeKey.of(e);
        Edge was = edges.putIfAbsent(key, e);
        if (was != null && stronger(was, e) != was) {
            edges.put(key, e);
        }
    }

    void addAll(List<Edge> list) {
        list.forEach(this::add);
    }

    /** Appends the edges, in the order {@link #toList} lists them, to {@code out}. */
    void addTo(List<Edge> out) {
        out.addAll(edges.values());
    }

    List<Edge> toList() {
        return new ArrayList<>(edges.values());
    }

    int size() {
        return edges.size();
    }

    private static Edge stronger(Edge a, Edge b) {
        if (a.weight() != b.weight()) {
            return b.weight() > a.weight() ? b : a;
        }
        String x = a.evidence() == null ? "" : a.evidence();
        String y = b.evidence() == null ? "" : b.evidence();
        return y.compareTo(x) < 0 ? b : a;
    }
}
