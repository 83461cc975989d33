package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;

/**
 * BM25 over the FTS5 {@code lexical} table, pinned to one view: the only SQL a request runs. The
 * table is shared by every snapshot and project (one row per content), so rows are mapped to the
 * view's files by content id and rows of other snapshots are dropped. Each term's parts are read
 * once per index version ({@link TermScores}) and taken again with the view's own statistics
 * ({@link ViewBm25}), so a project ranks the same whatever else the database holds. Only when the
 * terms hold more than {@link TermScores#MAX_ROWS} rows does FTS5's OR query answer ({@link #searchIndex}),
 * with the table's statistics.
 */
@ApplicationScoped
public class LexicalSearch {

    /** Column weights of {@code bm25(lexical, symbols, docs, body)}: a symbol-name match counts most. */
    static final double W_SYMBOLS = 4.0;
    static final double W_DOCS = 1.5;
    static final double W_BODY = 1.0;
    static final String SEARCH = "SELECT rowid, -bm25(lexical, " + W_SYMBOLS + ", " + W_DOCS + ", " + W_BODY + ")"
            + " AS score FROM lexical WHERE lexical MATCH ? ORDER BY score DESC LIMIT ?";
    /** One quoted term's rows and scores, in rowid order (the order FTS5 scans, so ties keep it above). */
    static final String SEARCH_TERM = "SELECT rowid, -bm25(lexical, " + W_SYMBOLS + ", " + W_DOCS + ", " + W_BODY
            + ") FROM lexical WHERE lexical MATCH ?";
    /** Rows fetched per file of the view wanted: other snapshots' versions of the same files compete. */
    static final int ROWS_PER_WANTED = 6;
    static final int MAX_QUERY_TERMS = 48;

    /** One file of the view with its BM25 score (higher is better). */
    public record Hit(int file, double score) {
    }

    /**
     * How far a search reads: until {@code files} files are found that {@code minor} does not mark. A
     * minor file (a test) is kept only among the first {@code files} found, so a repository whose tests
     * outnumber its sources (assertj: 120 of the best 150 files) still gives {@code files} sources.
     */
    public record Wanted(int files, IntPredicate minor) {

        public static Wanted first(int files) {
            return new Wanted(files, f -> false);
        }
    }

    /**
     * Files looked at per file wanted, at most: where the best {@value} × {@code files} matches still hold
     * fewer than {@code files} major ones, the rest of the index is not read for them (a task whose words
     * only tests use must not sort every matching row).
     */
    static final int MAX_FILES_READ_PER_WANTED = 16;

    /** The hits of one search, taken in order and stopped as {@link Wanted} says. */
    private static final class Collected {
        final Wanted wanted;
        final List<Hit> hits = new ArrayList<>();
        int major;
        long offered;

        Collected(Wanted wanted) {
            this.wanted = wanted;
        }

        void offer(int file, double score) {
            offered++;
            boolean minor = wanted.minor().test(file);
            if (minor && hits.size() >= wanted.files()) {
                return;
            }
            hits.add(new Hit(file, score));
            if (!minor) {
                major++;
            }
        }

        boolean full() {
            return major >= wanted.files() || offered >= (long) wanted.files() * MAX_FILES_READ_PER_WANTED;
        }
    }

    private final ReaderPool pool;
    private final TermScores termScores = new TermScores(SEARCH_TERM);

    public LexicalSearch(ReaderPool pool) {
        this.pool = pool;
    }

    /**
     * The best files of {@code view} for the terms (OR-ed), best first, as many as {@code wanted} says. Each
     * term's BM25 part counts times its weight ({@code weights} runs parallel to {@code terms}), except when
     * FTS5's OR query must answer ({@link #searchIndex}): that one weighs all terms alike.
     */
    public List<Hit> search(SnapshotView view, List<String> terms, double[] weights, Wanted wanted)
            throws SQLException {
        return search(RowOrdinals.of(view, pool), terms, weights, wanted);
    }

    /** {@link #search} with the view reduced to its numbered contents and their per-term rows and parts. */
    List<Hit> search(RowOrdinals ordinals, List<String> terms, double[] weights, Wanted wanted) throws SQLException {
        int[] searched = searched(terms);
        List<String> phrases = new ArrayList<>(searched.length);
        double[] phraseWeights = new double[searched.length];
        for (int i = 0; i < searched.length; i++) {
            phrases.add(phrase(terms.get(searched[i])));
            phraseWeights[i] = weights[searched[i]];
        }
        if (phrases.isEmpty()) {
            return List.of();
        }
        List<TermScores.Postings> postings;
        try (Connection c = pool.connection()) {
            postings = termScores.postings(c, phrases, TermScores.MAX_ROWS);
        }
        if (postings == null) {
            ContentFiles contents = ordinals.contents();
            return searchIndex(row -> contents.of(row), terms, wanted);
        }
        return summed(ordinals, postings, phraseWeights, wanted);
    }

    /**
     * Each row of the view scored by adding its terms' BM25 parts in query order, each part taken with
     * the view's own statistics ({@link ViewBm25}, kept per term by {@link RowOrdinals}); the sums kept
     * in array slots by the view's content numbers, so no row is looked up in a hash table.
     */
    private static List<Hit> summed(RowOrdinals ordinals, List<TermScores.Postings> postings, double[] weights,
            Wanted wanted) {
        ContentFiles contents = ordinals.contents();
        double[] sums = new double[contents.size()];
        boolean[] seen = new boolean[contents.size()];
        int[] touched = new int[256];
        int n = 0;
        for (int t = 0; t < postings.size(); t++) {
            RowOrdinals.InView inView = ordinals.of(postings.get(t));
            double weight = weights[t];
            int[] numbers = inView.ordinals();
            double[] parts = inView.parts();
            for (int j = 0; j < numbers.length; j++) {
                int o = numbers[j];
                if (o < 0) {
                    continue;
                }
                if (!seen[o]) {
                    seen[o] = true;
                    if (n == touched.length) {
                        touched = Arrays.copyOf(touched, n * 2);
                    }
                    touched[n++] = o;
                }
                sums[o] += parts[j] * weight;
            }
        }
        long[] rows = new long[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = contents.id(touched[i]);
            scores[i] = sums[touched[i]];
        }
        return top(rows, scores, n, wanted, contents::of);
    }

    /**
     * The files of the best rows, row by row, until {@code wanted} is met: first from the best
     * {@code wanted.files()} rows, and from twice as many again while minor files leave it short.
     */
    private static List<Hit> top(long[] rows, double[] scores, int n, Wanted wanted, LongFunction<int[]> filesOf) {
        for (int k = wanted.files(); ; k *= 2) {
            Integer[] order = best(rows, scores, n, k);
            Collected c = new Collected(wanted);
            for (int i = 0; i < order.length && !c.full(); i++) {
                for (int f : filesOf.apply(rows[order[i]])) {
                    c.offer(f, scores[order[i]]);
                }
            }
            if (c.full() || order.length >= n) {
                return c.hits;
            }
        }
    }

    /**
     * The slots of the best {@code k} rows (and any tied with the k-th) by score, then rowid: each
     * row of the view gives at least one file, so the first {@code k} rows reach {@code k} files.
     */
    private static Integer[] best(long[] rows, double[] scores, int n, int k) {
        if (k <= 0) {
            return new Integer[0];
        }
        double cut = n > k ? kthLargest(scores, n, k) : Double.NEGATIVE_INFINITY;
        List<Integer> kept = new ArrayList<>(Math.min(n, k + 16));
        for (int i = 0; i < n; i++) {
            if (scores[i] >= cut) {
                kept.add(i);
            }
        }
        Integer[] order = kept.toArray(new Integer[0]);
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Long.compare(rows[a], rows[b]));
        return order;
    }

    /** The {@code k}-th largest of the first {@code n} scores ({@code 0 < k < n}), by a min-heap of the best k. */
    static double kthLargest(double[] scores, int n, int k) {
        double[] heap = Arrays.copyOf(scores, k);
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, k);
        }
        for (int i = k; i < n; i++) {
            if (scores[i] > heap[0]) {
                heap[0] = scores[i];
                siftDown(heap, 0, k);
            }
        }
        return heap[0];
    }

    private static void siftDown(double[] heap, int i, int size) {
        double v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }

    /** The OR query itself, answered by the index. */
    List<Hit> searchIndex(LongFunction<int[]> filesOf, List<String> terms, Wanted wanted) throws SQLException {
        String match = matchExpression(terms);
        if (match.isEmpty()) {
            return List.of();
        }
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SEARCH)) {
            // Other snapshots' versions of the same files compete for the LIMIT (many retained or
            // --rev snapshots of one project): when the rows run out before the view has enough
            // files, ask again for more rather than answer with a thin list.
            int limit = wanted.files() * ROWS_PER_WANTED;
            while (true) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                int rows = 0;
                Collected found = new Collected(wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (!found.full() && rs.next()) {
                        rows++;
                        double score = rs.getDouble(2);
                        for (int f : filesOf.apply(rs.getLong(1))) {
                            found.offer(f, score);
                        }
                    }
                }
                if (found.full() || rows < limit || limit >= TermScores.MAX_ROWS) {
                    return found.hits;
                }
                limit = (int) Math.min(TermScores.MAX_ROWS, limit * 8L);
            }
        }
    }

    /** {@code "a" OR "b_c"}: each term quoted, so FTS5 reads it through the table's tokenizer as is. */
    static String matchExpression(List<String> terms) {
        return String.join(" OR ", phrases(terms));
    }

    /** The quoted terms of the match expression, in order. */
    static List<String> phrases(List<String> terms) {
        List<String> phrases = new ArrayList<>();
        for (int i : searched(terms)) {
            phrases.add(phrase(terms.get(i)));
        }
        return phrases;
    }

    /** The positions of the terms searched: the first {@value #MAX_QUERY_TERMS} long enough to mean something. */
    private static int[] searched(List<String> terms) {
        int[] kept = new int[Math.min(terms.size(), MAX_QUERY_TERMS)];
        int n = 0;
        for (int i = 0; i < terms.size() && n < kept.length; i++) {
            if (cleaned(terms.get(i)).length() >= 2) {
                kept[n++] = i;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static String phrase(String term) {
        return '"' + cleaned(term) + '"';
    }

    private static String cleaned(String term) {
        return term.toLowerCase(Locale.ROOT).replace("$", "").replace("\"", "");
    }
}
