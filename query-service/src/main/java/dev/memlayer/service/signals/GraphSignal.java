package dev.memlayer.service.signals;

import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.service.read.FileGraph;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads from the seeds over the snapshot's file graph, one hop each way, then a second hop at
 * {@value #SECOND_HOP} of the first: a seed passes its strength × edge weight × kind factor to each
 * neighbour, split over its neighbours ({@code / √degree}, as a random walk would), so a hub that
 * every file imports gains little from any one seed. Following an edge forward (what the seed
 * imports, calls, extends or tests) counts {@value #FORWARD}; backward (who imports or tests the
 * seed) {@value #BACKWARD}.
 */
public final class GraphSignal implements ExpansionSignal {

    public static final String NAME = "graph";
    static final double FORWARD = 1.0;
    static final double BACKWARD = 0.7;
    static final double SECOND_HOP = 0.3;

    @Override
    public String name() {
        return NAME;
    }

    static double kindFactor(EdgeKind kind) {
        return switch (kind) {
            case IMPORT -> 1.0;
            case TYPE -> 0.9;
            case CALL -> 0.7;
            case TEST -> 0.8;
        };
    }

    /** Per reached file: the summed score and its strongest edge, spelled out only once at the end. */
    private static final class Tally {
        double score;
        double best;
        EdgeKind kind;
        boolean forward;
        String fromName;

        String why() {
            return (forward ? forward(kind) : backward(kind)) + " " + fromName;
        }
    }

    @Override
    public List<SignalHit> score(List<Seed> seeds, SnapshotView view) {
        FileGraph g = view.graph();
        Map<Integer, Tally> first = new HashMap<>();
        for (Seed s : seeds) {
            spread(g, view, s.index(), s.strength(), view.files().get(s.index()).path() + " (seed)", first);
        }
        Map<Integer, Tally> second = new HashMap<>();
        for (Map.Entry<Integer, Tally> e : first.entrySet()) {
            spread(g, view, e.getKey(), e.getValue().score * SECOND_HOP,
                    view.files().get(e.getKey()).path() + " (2 hops)", second);
        }
        second.forEach((f, t) -> {
            if (!first.containsKey(f)) {
                first.put(f, t);
            }
        });
        List<SignalHit> hits = new ArrayList<>(first.size());
        first.forEach((f, t) -> hits.add(new SignalHit(view.files().get(f), t.score, t::why)));
        return hits;
    }

    private static void spread(FileGraph g, SnapshotView view, int from, double strength, String fromName,
            Map<Integer, Tally> into) {
        FileGraph.Link[] out = g.out(from);
        FileGraph.Link[] in = g.in(from);
        double outNorm = Math.sqrt(Math.max(1, out.length));
        double inNorm = Math.sqrt(Math.max(1, in.length));
        for (FileGraph.Link l : out) {
            add(into, l.file(), strength * FORWARD * l.weight() * kindFactor(l.kind()) / outNorm,
                    l.kind(), true, fromName);
        }
        for (FileGraph.Link l : in) {
            add(into, l.file(), strength * BACKWARD * l.weight() * kindFactor(l.kind()) / inNorm,
                    l.kind(), false, fromName);
        }
    }

    private static void add(Map<Integer, Tally> into, int file, double score, EdgeKind kind, boolean forward,
            String fromName) {
        Tally t = into.computeIfAbsent(file, k -> new Tally());
        t.score += score;
        if (score > t.best) {
            t.best = score;
            t.kind = kind;
            t.forward = forward;
            t.fromName = fromName;
        }
    }

    /** How the neighbour relates to the file it was reached from, read backwards from the edge. */
    private static String forward(EdgeKind kind) {
        return switch (kind) {
            case IMPORT -> "imported by";
            case CALL -> "called from";
            case TYPE -> "supertype of a type in";
            case TEST -> "tested by";
        };
    }

    private static String backward(EdgeKind kind) {
        return switch (kind) {
            case IMPORT -> "imports";
            case CALL -> "calls into";
            case TYPE -> "extends a type of";
            case TEST -> "tests";
        };
    }
}
