package dev.memlayer.indexer.extract.treesitter;

import java.util.function.Consumer;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;

/**
 * A tree-sitter query compiled once (queries are immutable and shareable across threads; a cursor
 * is made per run). Matches are handed over whole, so an extractor reads a declaration, its name
 * and its body from one match instead of walking nodes: with this binding every node access is a
 * JNI round trip, and a query visits the tree natively.
 */
public final class CompiledQuery {

    private final TSQuery query;
    private final String[] captureNames;

    public CompiledQuery(TSLanguage language, String source) {
        this.query = new TSQuery(language, source);
        this.captureNames = new String[query.getCaptureCount()];
        for (int i = 0; i < captureNames.length; i++) {
            captureNames[i] = query.getCaptureNameForId(i);
        }
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
        cursor.exec(query, root);
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            consumer.accept(match.getCaptures());
        }
    }
}
