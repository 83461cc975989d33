package dev.memlayer.service.read;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Per view: for each term's remembered postings ({@link TermScores}), the dense number of each row
 * among the view's contents ({@link ContentFiles#ordinal}), or -1 for rows of other snapshots.
 * The same terms come back request after request, and looking every row of every term up in the
 * content table again was most of the lexical signal's time. Keyed weakly by the postings object
 * itself (its arrays compare by identity): once {@link TermScores} lets go of a term's postings
 * (evicted, or the index changed) its numbers go too, so this never holds more rows than that
 * cache does; all of it goes with the view.
 */
final class RowOrdinals {

    private final ContentFiles contents;
    /** A few lookups per request (one per term): a synchronized map costs nothing here. */
    private final Map<TermScores.Postings, int[]> byPostings = Collections.synchronizedMap(new WeakHashMap<>());

    RowOrdinals(ContentFiles contents) {
        this.contents = contents;
    }

    static RowOrdinals of(SnapshotView view) {
        try {
            return view.derived(RowOrdinals.class, v -> new RowOrdinals(v.contentFiles()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e); // built from the view alone
        }
    }

    ContentFiles contents() {
        return contents;
    }

    /** The content number of each row of {@code postings}, in its order; -1 where no file of the view has the row. */
    int[] of(TermScores.Postings postings) {
        int[] known = byPostings.get(postings);
        if (known != null) {
            return known;
        }
        long[] rows = postings.rows();
        int[] ordinals = new int[rows.length];
        for (int j = 0; j < rows.length; j++) {
            ordinals[j] = contents.ordinal(rows[j]);
        }
        byPostings.put(postings, ordinals);
        return ordinals;
    }
}
