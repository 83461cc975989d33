package dev.memlayer.service.read;

/**
 * One term's BM25 with a view's own statistics. FTS5's {@code bm25()} takes the idf and the average row
 * length over its whole table, and every project and snapshot of the database shares the table: so a
 * project's ranking would change when another project is indexed beside it, or when old snapshots are
 * kept or dropped. Each FTS5 part is idf × f(k1 + 1) / (f + k1(1 − b + b·len/avg)), f the term's
 * column-weighted frequency in the row; knowing the table's idf and average, f is recovered from the
 * part and the row's length, and the part computed again over the view's rows alone — with Lucene's
 * idf, which never reaches zero: a library's own vocabulary ({@code element} in most files of an HTML
 * parser) weighs less than a rare word but still counts, where FTS5 clamps it to nothing.
 */
final class ViewBm25 {

    /** FTS5's constants (fts5_aux.c): how its parts were computed. */
    static final double K1 = 1.2;
    static final double FTS5_B = 0.75;
    /**
     * Length normalisation over the view. A snapshot's average is well below the table's, which holds
     * every version of the files that change most (large, central ones: jsoup's 244 files average 783
     * tokens, its 2 176 rows 1 095; prettier 90 against 240); with FTS5's .75 long files lost more than
     * they did against the table, and .6 gives back what they had (replay over both evaluation sets,
     * {@code bench/results/2026-11-29}).
     */
    static final double B = 0.6;

    private final double ftsIdf;
    private final double tableAverage;
    private final double idf;
    private final double viewAverage;

    /**
     * @param table      the totals FTS5 scored {@code hits} rows of the table against
     * @param hits       the table's rows holding the term
     * @param inView     the view's rows holding it
     * @param viewRows   the view's rows
     * @param viewAverage the view's tokens per row
     */
    ViewBm25(Fts5Sizes.Totals table, long hits, long inView, long viewRows, double viewAverage) {
        this.ftsIdf = ftsIdf(table.rows(), hits);
        this.tableAverage = table.averageLength();
        this.idf = Math.log(1 + (viewRows - inView + 0.5) / (inView + 0.5));
        this.viewAverage = viewAverage;
    }

    /** FTS5's idf of a term in {@code hits} of {@code rows} rows: ln((N − n + .5)/(n + .5)), at least 10⁻⁶. */
    static double ftsIdf(long rows, long hits) {
        double idf = Math.log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /** The term's part in a row of {@code rowLength} tokens that FTS5 scored {@code ftsPart}. */
    double part(double ftsPart, int rowLength) {
        double saturated = ftsPart / ftsIdf;
        double frequency = saturated * norm(FTS5_B, rowLength, tableAverage) / Math.max(1e-9, K1 + 1 - saturated);
        return idf * frequency * (K1 + 1) / (frequency + norm(B, rowLength, viewAverage));
    }

    private static double norm(double b, int rowLength, double average) {
        return K1 * (1 - b + b * (average > 0 ? rowLength / average : 1.0));
    }
}
