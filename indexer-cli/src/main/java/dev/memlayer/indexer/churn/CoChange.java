package dev.memlayer.indexer.churn;

import java.util.Comparator;

/** Two paths changed together in {@code count} commits; {@code pathA < pathB} in SQLite's order. */
record CoChange(String pathA, String pathB, int count) {

    /**
     * SQLite's BINARY collation compares UTF-8 bytes, which orders like code points (not like
     * {@link String#compareTo}, which compares UTF-16 units); the table promises {@code path_a < path_b}.
     */
    static final Comparator<String> PATH_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
