package dev.memlayer.service.signals;

import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.service.read.FileGraph;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The files one hop reaches: per file (by view index) the summed score and its strongest edge, in arrays
     * kept per thread and cleared after use. A hub's neighbours are reached thousands of times per request;
     * a map of boxed indexes to tallies was a fifth of a request's CPU on hugo.
     */
    private static final class Reach {
        double[] score = new double[0];
        double[] best = new double[0];
        int[] from = new int[0];
        EdgeKind[] kind = new EdgeKind[0];
        boolean[] forward = new boolean[0];
        boolean[] reached = new boolean[0];
        int[] touched = new int[64];
        int size;

        void ensure(int files) {
            if (reached.length < files) {
                score = new double[files];
                best = new double[files];
                from = new int[files];
                kind = new EdgeKind[files];
                forward = new boolean[files];
                reached = new boolean[files];
            }
        }

        void add(int file, double s, EdgeKind k, boolean fwd, int source) {
            if (!reached[file]) {
                reached[file] = true;
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = file;
            }
            score[file] += s;
            if (s > best[file]) {
                best[file] = s;
                kind[file] = k;
                forward[file] = fwd;
                from[file] = source;
            }
        }

        /** The reached file's hit, its evidence spelled out only when read. */
        SignalHit hit(SnapshotView view, int file, String how) {
            EdgeKind k = kind[file];
            boolean fwd = forward[file];
            int source = from[file];
            return new SignalHit(view.files().get(file), score[file], () -> (fwd ? forward(k) : backward(k)) + " "
                    + view.files().get(source).path() + how);
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                int f = touched[i];
                score[f] = 0;
                best[f] = 0;
                kind[f] = null;
                reached[f] = false;
            }
            size = 0;
        }
    }

    private static final ThreadLocal<Reach[]> HOPS = ThreadLocal.withInitial(() -> new Reach[] {new Reach(), new Reach()});

    /**
     * Every file's neighbours with the share of a unit strength each receives (direction × edge weight ×
     * kind factor / √degree), in flat arrays (compressed rows): a view's constant, built on its first
     * request. Walking them is a tight loop over primitives, where the links as objects were scattered
     * reads, visited tens of thousands of times per request on hugo.
     */
    static final class Neighbours {
        final int[] start;
        final int[] file;
        final double[] share;
        final EdgeKind[] kind;
        final boolean[] forward;

        private Neighbours(FileGraph g, int files) {
            start = new int[files + 1];
            for (int f = 0; f < files; f++) {
                start[f + 1] = start[f] + g.out(f).length + g.in(f).length;
            }
            int n = start[files];
            file = new int[n];
            share = new double[n];
            kind = new EdgeKind[n];
            forward = new boolean[n];
            for (int f = 0; f < files; f++) {
                int at = start[f];
                at = fill(g.out(f), FORWARD, true, at);
                fill(g.in(f), BACKWARD, false, at);
            }
        }

        private int fill(FileGraph.Link[] links, double direction, boolean isForward, int at) {
            double norm = Math.sqrt(Math.max(1, links.length));
            for (FileGraph.Link l : links) {
                file[at] = l.file();
                share[at] = direction * l.weight() * kindFactor(l.kind()) / norm;
                kind[at] = l.kind();
                forward[at] = isForward;
                at++;
            }
            return at;
        }

        static Neighbours of(SnapshotView view) {
            try {
                return view.derived(Neighbours.class, v -> new Neighbours(v.graph(), v.files().size()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e); // built from the loaded graph: reads nothing
            }
        }

        /** Passes {@code strength} × each link's share from {@code from} to its neighbours. */
        void spread(int from, double strength, Reach into) {
            for (int j = start[from]; j < start[from + 1]; j++) {
                into.add(file[j], strength * share[j], kind[j], forward[j], from);
            }
        }
    }

    @Override
    public List<SignalHit> score(List<Seed> seeds, SnapshotView view) {
        Neighbours g = Neighbours.of(view);
        Reach[] hops = HOPS.get();
        Reach first = hops[0];
        Reach second = hops[1];
        first.ensure(view.files().size());
        second.ensure(view.files().size());
        try {
            for (Seed s : seeds) {
                g.spread(s.index(), s.strength(), first);
            }
            for (int i = 0; i < first.size; i++) {
                int f = first.touched[i];
                g.spread(f, first.score[f] * SECOND_HOP, second);
            }
            List<SignalHit> hits = new ArrayList<>(first.size + second.size);
            for (int i = 0; i < first.size; i++) {
                hits.add(first.hit(view, first.touched[i], " (seed)"));
            }
            for (int i = 0; i < second.size; i++) {
                int f = second.touched[i];
                if (!first.reached[f]) {
                    hits.add(second.hit(view, f, " (2 hops)"));
                }
            }
            return hits;
        } finally {
            first.clear();
            second.clear();
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
