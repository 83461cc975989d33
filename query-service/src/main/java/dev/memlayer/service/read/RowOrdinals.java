package dev.memlayer.service.read;

import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Per view: for each term's remembered postings ({@link TermScores}), the dense number of each row
 * among the view's contents ({@link ContentFiles#ordinal}), or -1 for rows of other snapshots, and
 * the term's BM25 part in each of the view's rows over the view's own statistics ({@link ViewBm25}).
 * The same terms come back request after request, and looking every row of every term up in the
 * content table again, and scoring it again, was most of the lexical signal's time. Keyed weakly by
 * the postings object itself (its arrays compare by identity): once {@link TermScores} lets go of a
 * term's postings (evicted, or the index changed) its numbers go too, so this never holds more rows
 * than that cache does; all of it goes with the view.
 */
final class RowOrdinals {

    /** A term's rows in the view: their content numbers (-1: not the view's) and the term's part in each. */
    record InView(int[] ordinals, double[] parts) {
    }

    private final ContentFiles contents;
    private final RowLengths lengths;
    /** A few lookups per request (one per term): a synchronized map costs nothing here. */
    private final Map<TermScores.Postings, InView> byPostings = Collections.synchronizedMap(new WeakHashMap<>());

    RowOrdinals(ContentFiles contents, RowLengths lengths) {
        this.contents = contents;
        this.lengths = lengths;
    }

    /** The view's: built on first use (with its row lengths, read through {@code pool} if not known yet). */
    static RowOrdinals of(SnapshotView view, ReaderPool pool) throws SQLException {
        RowLengths lengths = RowLengths.of(view, pool);
        return view.derived(RowOrdinals.class, v -> new RowOrdinals(v.contentFiles(), lengths));
    }

    ContentFiles contents() {
        return contents;
    }

    /** The term's rows in the view, in the postings' order. */
    InView of(TermScores.Postings postings) {
        InView known = byPostings.get(postings);
        if (known != null) {
            return known;
        }
        long[] rows = postings.rows();
        int[] ordinals = new int[rows.length];
        int inView = 0;
        for (int j = 0; j < rows.length; j++) {
            ordinals[j] = contents.ordinal(rows[j]);
            if (ordinals[j] >= 0) {
                inView++;
            }
        }
        ViewBm25 bm25 = new ViewBm25(postings.totals(), rows.length, inView, contents.size(), lengths.average());
        double[] parts = new double[rows.length];
        double[] fts = postings.scores();
        for (int j = 0; j < rows.length; j++) {
            if (ordinals[j] >= 0) {
                parts[j] = bm25.part(fts[j], lengths.of(ordinals[j]));
            }
        }
        InView computed = new InView(ordinals, parts);
        byPostings.put(postings, computed);
        return computed;
    }
}
