package dev.memlayer.model.facts;

import java.util.Locale;

/** Kinds of edges in a snapshot's file graph ({@code edges.kind}). */
public enum EdgeKind {
    /** src imports dst. */
    IMPORT,
    /** src calls a function or method defined in dst. */
    CALL,
    /** src's type extends/implements/embeds a type defined in dst. */
    TYPE,
    /** src is a test of dst. */
    TEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EdgeKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
