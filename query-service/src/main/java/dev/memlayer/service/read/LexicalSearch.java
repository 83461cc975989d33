package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BM25 over the FTS5 {@code lexical} table, pinned to one view: the only SQL a request runs. The
 * table is shared by every snapshot and project (one row per content), so rows are mapped to the
 * view's files by content id and rows of other snapshots are dropped; the LIMIT leaves room for them.
 */
@ApplicationScoped
public class LexicalSearch {

    /** Column weights of {@code bm25(lexical, symbols, docs, body)}: a symbol-name match counts most. */
    static final double W_SYMBOLS = 4.0;
    static final double W_DOCS = 1.5;
    static final double W_BODY = 1.0;
    static final String SEARCH = "SELECT rowid, -bm25(lexical, " + W_SYMBOLS + ", " + W_DOCS + ", " + W_BODY + ")"
            + " AS score FROM lexical WHERE lexical MATCH ? ORDER BY score DESC LIMIT ?";
    /** Rows fetched per file of the view wanted: other snapshots' versions of the same files compete. */
    static final int ROWS_PER_WANTED = 6;
    static final int MAX_QUERY_TERMS = 48;
    /** Upper bound of rows read for one request, however many snapshots share the index. */
    static final int MAX_ROWS = 200_000;

    /** One file of the view with its BM25 score (higher is better). */
    public record Hit(int file, double score) {
    }

    private final ReaderPool pool;

    public LexicalSearch(ReaderPool pool) {
        this.pool = pool;
    }

    /** The best {@code wanted} files of {@code view} for the terms (OR-ed), best first. */
    public List<Hit> search(SnapshotView view, List<String> terms, int wanted) throws SQLException {
        String match = matchExpression(terms);
        if (match.isEmpty()) {
            return List.of();
        }
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SEARCH)) {
            // Other snapshots' versions of the same files compete for the LIMIT (many retained or
            // --rev snapshots of one project): when the rows run out before the view has enough
            // files, ask again for more rather than answer with a thin list.
            int limit = wanted * ROWS_PER_WANTED;
            while (true) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                int rows = 0;
                List<Hit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && hits.size() < wanted) {
                        rows++;
                        double score = rs.getDouble(2);
                        for (int f : view.filesWithContent(rs.getLong(1))) {
                            hits.add(new Hit(f, score));
                        }
                    }
                }
                if (hits.size() >= wanted || rows < limit || limit >= MAX_ROWS) {
                    return hits;
                }
                limit = Math.min(MAX_ROWS, limit * 8);
            }
        }
    }

    /** {@code "a" OR "b_c"}: each term quoted, so FTS5 reads it through the table's tokenizer as is. */
    static String matchExpression(List<String> terms) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String t : terms) {
            String term = t.toLowerCase(Locale.ROOT).replace("$", "").replace("\"", "");
            if (term.length() < 2 || n >= MAX_QUERY_TERMS) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" OR ");
            }
            sb.append('"').append(term).append('"');
            n++;
        }
        return sb.toString();
    }
}
