package dev.memlayer.service.read;

import dev.memlayer.model.facts.EdgeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolved file graph of one snapshot as adjacency in both directions, by file index of the
 * view ({@link SnapshotView#files()}). Edges whose ends are not in the manifest are dropped.
 */
public final class FileGraph {

    /** One end of an edge seen from the other: the file index, the edge kind and its weight in (0, 1]. */
    public record Link(int file, EdgeKind kind, float weight) {
    }

    private static final Link[] NONE = new Link[0];

    private final Link[][] out;
    private final Link[][] in;
    private final int edgeCount;

    private FileGraph(Link[][] out, Link[][] in, int edgeCount) {
        this.out = out;
        this.in = in;
        this.edgeCount = edgeCount;
    }

    static FileGraph empty(int files) {
        return new Builder(files).build();
    }

    /** Edges leaving {@code file}: what it imports, calls, extends, or (for a test) tests. */
    public Link[] out(int file) {
        return out[file];
    }

    /** Edges arriving at {@code file}: who imports, calls, extends or tests it. */
    public Link[] in(int file) {
        return in[file];
    }

    public int edgeCount() {
        return edgeCount;
    }

    static final class Builder {
        private final List<List<Link>> out;
        private final List<List<Link>> in;
        private int count;

        Builder(int files) {
            out = new ArrayList<>(files);
            in = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                out.add(null);
                in.add(null);
            }
        }

        void add(int src, int dst, EdgeKind kind, float weight) {
            if (src == dst) {
                return;
            }
            add(out, src, new Link(dst, kind, weight));
            add(in, dst, new Link(src, kind, weight));
            count++;
        }

        private static void add(List<List<Link>> lists, int at, Link link) {
            List<Link> l = lists.get(at);
            if (l == null) {
                l = new ArrayList<>(4);
                lists.set(at, l);
            }
            l.add(link);
        }

        FileGraph build() {
            return new FileGraph(freeze(out), freeze(in), count);
        }

        private static Link[][] freeze(List<List<Link>> lists) {
            Link[][] a = new Link[lists.size()][];
            for (int i = 0; i < a.length; i++) {
                List<Link> l = lists.get(i);
                a[i] = l == null ? NONE : l.toArray(NONE);
            }
            return a;
        }
    }
}
