package dev.memlayer.indexer.lexical;

import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private static final Slot[] NO_SLOTS = new Slot[0];
    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    private IdentifierTerms() {
    }

    /** This thread's cache, for one more document: taken once per document, not once per identifier. */
    static Cache cache() {
        Cache cache = CACHE.get();
        cache.nextDocument();
        return cache;
    }

    /**
     * One term text of this thread, the same object wherever an identifier has that term, with the term's
     * count in each column of the current document: the columns thereby count each term without a map
     * from term text to counter.
     */
    static final class Slot {

        final String text;
        private final int[] documents = new int[COLUMNS];
        private final int[] counts = new int[COLUMNS];

        private Slot(String text) {
            this.text = text;
        }

        /** Counts one more occurrence in column {@code column} of document {@code document}; returns the count. */
        int count(int document, int column) {
            if (documents[column] != document) {
                documents[column] = document;
                counts[column] = 0;
            }
            return ++counts[column];
        }
    }

    /** Columns of a document ({@code symbols}, {@code docs}, {@code body}). */
    static final int COLUMNS = 3;

    /** One thread's identifiers → terms, and its term slots. */
    static final class Cache {

        private final IdentifierTable<Slot[]> table = new IdentifierTable<>();
        private final Map<String, Slot> slots = new HashMap<>();
        private int document;

        /** Starts a document: only between documents may the cache be cleared, as a slot must stay one per term. */
        private void nextDocument() {
            document++;
            if (table.size() >= MAX_CACHED) {
                table.clear();
                slots.clear();
            }
        }

        /** The current document's number (its columns' counters are kept per document). */
        int document() {
            return document;
        }

        /**
         * The slots of the indexed terms (of {@code minChars} to {@code maxChars} characters) of the
         * identifier {@code chars[start, start + length)}, whose {@link String#hashCode} is {@code hash};
         * a cached identifier is found without making a string of it.
         */
        Slot[] of(char[] chars, int start, int length, int hash, int minChars, int maxChars) {
            Slot[] terms = table.get(chars, start, length, hash);
            if (terms == null) {
                terms = slots(split(new String(chars, start, length)), minChars, maxChars);
                table.put(chars, start, length, hash, terms);
            }
            return terms;
        }

        private Slot[] slots(String[] texts, int minChars, int maxChars) {
            List<Slot> out = new ArrayList<>(texts.length);
            for (String text : texts) {
                if (text.length() >= minChars && text.length() <= maxChars) {
                    out.add(slots.computeIfAbsent(text, Slot::new));
                }
            }
            return out.isEmpty() ? NO_SLOTS : out.toArray(NO_SLOTS);
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
