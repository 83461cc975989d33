package dev.memlayer.indexer.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolved edges, one per (kind, src, dst): the strongest, and on equal weight the one with the
 * smaller evidence. The choice never depends on the order edges are found in, so resolving a file
 * alone (an incremental run) gives the same edge as resolving the whole snapshot. Not thread-safe.
 */
final class EdgeSet {

    private final Map<String, Edge> edges = new HashMap<>();

    void add(Edge e) {
        edges.merge(e.kind().id() + '\u0000' + e.src() + '\u0000' + e.dst(), e, EdgeSet::stronger);
    }

    void addAll(List<Edge> list) {
        list.forEach(this::add);
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
