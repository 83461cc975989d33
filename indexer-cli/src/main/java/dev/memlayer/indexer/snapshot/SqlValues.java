package dev.memlayer.indexer.snapshot;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Collection;

/**
 * Binds a set of strings as one statement parameter: a JSON array read back by SQLite's
 * {@code json_each}, so {@code x IN (SELECT value FROM json_each(?))} works for any number of values
 * (no parameter limit, no statement per size).
 */
public final class SqlValues {

    /** The SQL that reads the parameter back as rows. */
    public static final String ROWS = "(SELECT value FROM json_each(?))";

    private SqlValues() {
    }

    public static String json(Collection<String> values) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder(values.size() * 24 + 2).append('[');
        for (String v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            encoder.quoteAsString(v, sb);
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
