package dev.memlayer.indexer.lexical;

import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terms of one identifier as the lexical index stores them: lower-cased whole, then its
 * {@link IdentifierSplitter#parts} that differ from it; none for a numeric literal or for only
 * separators. Kept per worker thread across files: a repository's identifiers recur from file to
 * file ({@code assertThat}, {@code isEqualTo}, {@code err}), and splitting each again in every file
 * and column was a fifth of the lexical documents' time on a Java repository. Bounded: cleared past
 * {@value #MAX_CACHED} identifiers, so a run over a huge repository holds a few MB per thread at most.
 */
final class IdentifierTerms {

    private static final int MAX_CACHED = 50_000;
    private static final String[] NONE = new String[0];
    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    private IdentifierTerms() {
    }

    /** This thread's cache: taken once per document, not once per identifier. */
    static Cache cache() {
        return CACHE.get();
    }

    /** One thread's identifiers → terms. */
    static final class Cache {

        private final IdentifierTable<String[]> table = new IdentifierTable<>();

        /**
         * The terms of the identifier {@code chars[start, start + length)}, whose {@link String#hashCode}
         * is {@code hash}; a cached identifier is found without making a string of it.
         */
        String[] of(char[] chars, int start, int length, int hash) {
            String[] terms = table.get(chars, start, length, hash);
            if (terms == null) {
                if (table.size() >= MAX_CACHED) {
                    table.clear();
                }
                terms = split(new String(chars, start, length));
                table.put(chars, start, length, hash, terms);
            }
            return terms;
        }
    }

    private static String[] split(String id) {
        if (Character.isDigit(id.charAt(0))) {
            return NONE; // a numeric literal
        }
        List<String> parts = IdentifierSplitter.parts(id);
        if (parts.isEmpty()) {
            return NONE; // only separators: `__`, `$`
        }
        // '$' separates tokens for unicode61 (and for parts()): dropped, `$scope` stays one token
        String whole = id.toLowerCase(Locale.ROOT).replace("$", "");
        List<String> terms = new ArrayList<>(parts.size() + 1);
        terms.add(whole);
        for (String part : parts) {
            if (!part.equals(whole)) {
                terms.add(part);
            }
        }
        return terms.toArray(NONE);
    }
}
