package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.EdgeKind;

/**
 * What identifies an edge row within a snapshot: (kind, source, target). A plain class with its hash
 * computed once, not a record or a concatenated string: a full resolve makes a few hundred thousand
 * of these on the run thread, mostly before the JIT compiles anything of the graph stage.
 */
final class EdgeKey {

    private final EdgeKind kind;
    private final String src;
    private final String dst;
    private final int hash;

    EdgeKey(EdgeKind kind, String src, String dst) {
        this.kind = kind;
        this.src = src;
        this.dst = dst;
        this.hash = (kind.hashCode() * 31 + src.hashCode()) * 31 + dst.hashCode();
    }

    static EdgeKey of(Edge e) {
        return new EdgeKey(e.kind(), e.src(), e.dst());
    }

    EdgeKind kind() {
        return kind;
    }

    String src() {
        return src;
    }

    String dst() {
        return dst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdgeKey k && hash == k.hash && kind == k.kind && src.equals(k.src) && dst.equals(k.dst);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
