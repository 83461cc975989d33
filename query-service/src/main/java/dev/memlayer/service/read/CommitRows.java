package dev.memlayer.service.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Per view: for each term's remembered {@code commit_text} postings ({@link TermScores}), the view's
 * usable commits among its rows and the term's BM25 part in each over their own statistics
 * ({@link ViewBm25}). Most rows of a term belong to other projects or snapshots; finding the few that
 * are the view's, and scoring them, is done once per term rather than on every request. Keyed weakly
 * by the postings object, as {@link RowOrdinals} is, so this never outlives what {@link TermScores}
 * holds; all of it goes with the view.
 */
final class CommitRows {

    /** A term's usable commits, in the postings' order, and its part in each. */
    record InView(PastCommits.Commit[] commits, double[] parts) {
    }

    private final PastCommits usable;
    /** A few lookups per request (one per term): a synchronized map costs nothing here. */
    private final Map<TermScores.Postings, InView> byPostings = Collections.synchronizedMap(new WeakHashMap<>());

    CommitRows(PastCommits usable) {
        this.usable = usable;
    }

    InView of(TermScores.Postings postings) {
        InView known = byPostings.get(postings);
        if (known != null) {
            return known;
        }
        long[] rows = postings.rows();
        int[] at = new int[rows.length];
        PastCommits.Commit[] commits = new PastCommits.Commit[rows.length];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            PastCommits.Commit commit = usable.get(rows[i]);
            if (commit != null) {
                at[n] = i;
                commits[n++] = commit;
            }
        }
        ViewBm25 bm25 = new ViewBm25(postings.totals(), rows.length, n, usable.size(), usable.averageTokens());
        double[] parts = new double[n];
        for (int j = 0; j < n; j++) {
            parts[j] = bm25.part(postings.scores()[at[j]], commits[j].tokens());
        }
        InView computed = new InView(Arrays.copyOf(commits, n), parts);
        byPostings.put(postings, computed);
        return computed;
    }
}
