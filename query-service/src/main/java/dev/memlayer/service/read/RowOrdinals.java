package dev.memlayer.service.read;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per view: for each term's remembered postings ({@link TermScores}), the dense number of each row
 * among the view's contents ({@link ContentFiles#ordinal}), or -1 for rows of other snapshots.
 * The same terms come back request after request, and looking every row of every term up in the
 * content table again was most of the lexical signal's time. Keyed by the postings object itself
 * (its arrays compare by identity): when the index changes, {@link TermScores} reads new postings
 * and these entries are never asked again; they are dropped when the map is full, and with the view.
 */
final class RowOrdinals {

    /** Row numbers remembered at most (4 bytes each); the map is simply cleared when full. */
    static final long MAX_ENTRIES = 4_000_000;

    private final ContentFiles contents;
    private final ConcurrentHashMap<TermScores.Postings, int[]> byPostings = new ConcurrentHashMap<>();
    private final AtomicLong entries = new AtomicLong();

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
        if (entries.addAndGet(rows.length) > MAX_ENTRIES) {
            byPostings.clear();
            entries.set(rows.length);
        }
        byPostings.put(postings, ordinals);
        return ordinals;
    }
}
