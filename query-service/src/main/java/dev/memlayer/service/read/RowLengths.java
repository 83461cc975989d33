package dev.memlayer.service.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Per view: the token count of each of its lexical rows (by content number, {@link ContentFiles#ordinal})
 * and their mean, read once from FTS5's {@code lexical_docsize}, so BM25 can normalise lengths by the
 * view's own average ({@link ViewBm25}).
 */
final class RowLengths {

    static final String SELECT_SIZE = "SELECT sz FROM lexical_docsize WHERE id = ?";

    private final int[] byOrdinal;
    private final double average;

    RowLengths(int[] byOrdinal) {
        this.byOrdinal = byOrdinal;
        long sum = 0;
        for (int length : byOrdinal) {
            sum += length;
        }
        this.average = byOrdinal.length == 0 ? 0.0 : (double) sum / byOrdinal.length;
    }

    /** The view's lengths: read with {@code c} on first use (the catalog does it as it loads a view), then kept. */
    static RowLengths of(SnapshotView view, Connection c) throws SQLException {
        return view.derived(RowLengths.class, v -> load(c, v.contentFiles()));
    }

    /** As above, with a connection of {@code pool} only when they are not known yet. */
    static RowLengths of(SnapshotView view, ReaderPool pool) throws SQLException {
        return view.derived(RowLengths.class, v -> {
            try (Connection c = pool.connection()) {
                return load(c, v.contentFiles());
            }
        });
    }

    static RowLengths load(Connection c, ContentFiles contents) throws SQLException {
        int[] lengths = new int[contents.size()];
        try (PreparedStatement ps = c.prepareStatement(SELECT_SIZE)) {
            for (int o = 0; o < lengths.length; o++) {
                ps.setLong(1, contents.id(o));
                try (ResultSet rs = ps.executeQuery()) {
                    lengths[o] = rs.next() ? Fts5Sizes.rowLength(rs.getBytes(1)) : 0;
                }
            }
        }
        return new RowLengths(lengths);
    }

    int of(int ordinal) {
        return byOrdinal[ordinal];
    }

    double average() {
        return average;
    }
}
