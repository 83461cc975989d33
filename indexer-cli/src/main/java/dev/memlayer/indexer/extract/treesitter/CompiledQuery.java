package dev.memlayer.indexer.extract.treesitter;

import java.util.function.Consumer;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;

/**
 * A tree-sitter query compiled once, on first use (its grammar loaded then too) (queries are immutable and shareable across
 * threads; a cursor is made per run). Compiling a query against a large grammar (Kotlin's) takes
 * a noticeable share of a short incremental run, and most runs never parse most languages, so the
 * capture ids are read from the query text (tree-sitter numbers captures in order of first
 * appearance) and the native query is built only when a file needs it. Matches are handed over
 * whole, so an extractor reads a declaration, its name and its body from one match instead of
 * walking nodes: with this binding every node access is a JNI round trip, and a query visits the
 * tree natively.
 */
public final class CompiledQuery {

    private final Grammar language;
    private final String source;
    private final String[] captureNames;
    private volatile TSQuery query;

    public CompiledQuery(Grammar language, String source) {
        this.language = language;
        this.source = source;
        this.captureNames = QueryCaptures.inOrder(source);
    }

    /** The id of a capture name used in the query; fails fast on a typo. */
    public int captureId(String name) {
        for (int i = 0; i < captureNames.length; i++) {
            if (captureNames[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no capture @" + name);
    }

    public String captureName(int id) {
        return captureNames[id];
    }

    /** Runs the query over a subtree, handing each match's captures to the consumer. */
    public void forEachMatch(TSNode root, Consumer<TSQueryCapture[]> consumer) {
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(compiled(), root);
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            consumer.accept(match.getCaptures());
        }
    }

    /** The native query, compiled by the first caller; its capture table must agree with the text's. */
    TSQuery compiled() {
        TSQuery q = query;
        if (q == null) {
            synchronized (this) {
                q = query;
                if (q == null) {
                    q = new TSQuery(language.get(), source);
                    checkCaptures(q);
                    query = q;
                }
            }
        }
        return q;
    }

    private void checkCaptures(TSQuery q) {
        boolean same = q.getCaptureCount() == captureNames.length;
        for (int i = 0; same && i < captureNames.length; i++) {
            same = captureNames[i].equals(q.getCaptureNameForId(i));
        }
        if (!same) {
            throw new IllegalStateException("capture ids read from the query text differ from tree-sitter's");
        }
    }
}
