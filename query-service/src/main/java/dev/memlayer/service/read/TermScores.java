package dev.memlayer.service.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each query term's BM25 part in every lexical row that holds it, remembered while the FTS5 index
 * does not change. FTS5's {@code bm25()} of an OR query is a sum over its phrases, and each phrase's
 * part depends only on that phrase and the row (its idf over the whole table, its weighted frequency
 * in the row, the row's length against the table's average): so a term is read from the index once,
 * not on every request that names it, and the searches take its parts apart again against the
 * table's totals read with it ({@link ViewBm25}).
 *
 * <p>The remembered scores are keyed by the index's own bookkeeping rows — the structure record
 * (rewritten by every write to the index) and the averages record (row and token counts) — read in
 * the same read transaction as the terms: after any change they are all dropped, never stale.
 */
final class TermScores {

    /** FTS5's shadow-table rows: 1 holds the averages (rows, tokens per column), 10 the segment structure. */
    static final String SELECT_VERSION = "SELECT id, block FROM lexical_data WHERE id IN (1, 10) ORDER BY id";

    /**
     * Rows one request may add up, over all its terms, before the search asks FTS5's OR query instead
     * (which scores with the whole table's statistics): well above what the terms of a task hold in a
     * database of several projects and their retained snapshots (the dev set's seven repositories, 110 000
     * rows: at 200 000, one task in six fell back), and half of what is remembered.
     */
    static final long MAX_ROWS = 1_000_000;

    /** Scores remembered at most, over all terms (16 bytes each). */
    static final long MAX_ENTRIES = 2_000_000;

    /**
     * One term's rows in rowid order and its part of {@code -bm25} in each, scored against the table's
     * {@code totals} when read ({@link ViewBm25} takes the table's statistics out again).
     */
    record Postings(long[] rows, double[] scores, Fts5Sizes.Totals totals) {
    }

    private final String selectTerm;
    private final String selectVersion;
    private final LinkedHashMap<String, Postings> byTerm = new LinkedHashMap<>(256, 0.75f, true);
    private byte[] version = new byte[0];
    private long entries;

    /** {@code selectTerm}: rowid and score of every row matching one quoted term ({@code ?}) of {@code lexical}. */
    TermScores(String selectTerm) {
        this(selectTerm, SELECT_VERSION);
    }

    /** As above for another FTS5 table, {@code selectVersion} reading its rows 1 and 10 (see {@link #versionOf}). */
    TermScores(String selectTerm, String selectVersion) {
        this.selectTerm = selectTerm;
        this.selectVersion = selectVersion;
    }

    /**
     * The postings of each phrase, in order (a phrase named twice appears twice), all from one read
     * of the index; null when together they hold more than {@code maxRows} rows (the caller then asks
     * the index directly, where its row limit applies).
     */
    List<Postings> postings(Connection c, List<String> phrases, long maxRows) throws SQLException {
        c.setAutoCommit(false);
        try {
            byte[] now = version(c, selectVersion);
            Map<String, Postings> found = new HashMap<>();
            synchronized (this) {
                if (!Arrays.equals(now, version)) {
                    byTerm.clear();
                    entries = 0;
                    version = now;
                }
                for (String p : phrases) {
                    Postings known = byTerm.get(p);
                    if (known != null) {
                        found.put(p, known);
                    }
                }
            }
            List<Postings> out = new ArrayList<>(phrases.size());
            Fts5Sizes.Totals totals = totals(now);
            long rows = 0;
            for (String p : phrases) {
                Postings postings = found.get(p);
                if (postings == null) {
                    postings = read(c, p, maxRows - rows, totals);
                    if (postings == null) {
                        return null;
                    }
                    found.put(p, postings);
                    remember(now, p, postings);
                }
                rows += postings.rows().length;
                if (rows > maxRows) {
                    return null;
                }
                out.add(postings);
            }
            return out;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** The bookkeeping-row query of FTS5 table {@code table} (its shadow table {@code <table>_data}). */
    static String versionOf(String table) {
        return "SELECT id, block FROM " + table + "_data WHERE id IN (1, 10) ORDER BY id";
    }

    /** The averages record inside {@link #version}'s bytes: row 1 comes first, as its id, its length and its block. */
    static Fts5Sizes.Totals totals(byte[] version) {
        if (version.length < 5 || version[0] != 1) {
            return Fts5Sizes.Totals.NONE;
        }
        int length = ((version[1] & 0xff) << 24) | ((version[2] & 0xff) << 16) | ((version[3] & 0xff) << 8)
                | (version[4] & 0xff);
        return Fts5Sizes.totals(version, 5, Math.min(version.length, 5 + length));
    }

    private static byte[] version(Connection c, String selectVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectVersion); ResultSet rs = ps.executeQuery()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (rs.next()) {
                byte[] block = rs.getBytes(2);
                out.write(rs.getInt(1));
                if (block != null) {
                    out.write(block.length >>> 24);
                    out.write(block.length >>> 16);
                    out.write(block.length >>> 8);
                    out.write(block.length);
                    out.writeBytes(block);
                }
            }
            return out.toByteArray();
        }
    }

    /** Every row of one phrase, or null when it has more than {@code limit}. */
    private Postings read(Connection c, String phrase, long limit, Fts5Sizes.Totals totals) throws SQLException {
        long[] rows = new long[64];
        double[] scores = new double[64];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(selectTerm)) {
            ps.setString(1, phrase);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n >= limit) {
                        return null;
                    }
                    if (n == rows.length) {
                        rows = Arrays.copyOf(rows, n * 2);
                        scores = Arrays.copyOf(scores, n * 2);
                    }
                    rows[n] = rs.getLong(1);
                    scores[n++] = rs.getDouble(2);
                }
            }
        }
        return new Postings(Arrays.copyOf(rows, n), Arrays.copyOf(scores, n), totals);
    }

    private synchronized void remember(byte[] readAt, String phrase, Postings postings) {
        if (!Arrays.equals(readAt, version) || byTerm.containsKey(phrase)
                || postings.rows().length > MAX_ENTRIES / 4) {
            return;
        }
        byTerm.put(phrase, postings);
        entries += postings.rows().length;
        Iterator<Postings> eldest = byTerm.values().iterator();
        while (entries > MAX_ENTRIES && eldest.hasNext()) {
            entries -= eldest.next().rows().length;
            eldest.remove();
        }
    }
}
