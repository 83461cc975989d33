package dev.memlayer.service.read;

import java.util.Arrays;

/**
 * Token counts as FTS5 stores them: a row's {@code <table>_docsize.sz} (one varint per column) and the
 * averages record, row 1 of {@code <table>_data} (the row count, then one total per column). Both are
 * SQLite varints (big-endian, seven bits a byte, high bit "more", a ninth byte of eight bits).
 */
final class Fts5Sizes {

    private Fts5Sizes() {
    }

    /** The table's row count and its tokens over all columns, from the averages record. */
    record Totals(long rows, long tokens) {

        static final Totals NONE = new Totals(0, 0);

        /** Tokens per row, as {@code bm25()} divides them (0 for an empty table). */
        double averageLength() {
            return rows == 0 ? 0.0 : (double) tokens / rows;
        }
    }

    static Totals totals(byte[] record, int from, int to) {
        long[] values = varints(record, from, to);
        if (values.length == 0) {
            return Totals.NONE;
        }
        long tokens = 0;
        for (int i = 1; i < values.length; i++) {
            tokens += values[i];
        }
        return new Totals(values[0], tokens);
    }

    /** A row's tokens over all columns (its docsize blob); 0 for none. */
    static int rowLength(byte[] docsize) {
        if (docsize == null) {
            return 0;
        }
        long sum = 0;
        for (long v : varints(docsize, 0, docsize.length)) {
            sum += v;
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    static long[] varints(byte[] bytes, int from, int to) {
        long[] out = new long[8];
        int n = 0;
        int i = from;
        while (i < to) {
            long v = 0;
            int read = 0;
            while (i < to) {
                int b = bytes[i++] & 0xff;
                if (read == 8) {
                    v = (v << 8) | b;
                    break;
                }
                v = (v << 7) | (b & 0x7f);
                read++;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = v;
        }
        return Arrays.copyOf(out, n);
    }
}
