package dev.memlayer.indexer.lexical;

import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.text.IdentifierSplitter;

/**
 * Builds the lexical document of one file's content from its text and its facts
 * ({@link FileFacts#EMPTY} for files no extractor reads: every text file still gets body terms).
 *
 * <p>Terms follow {@link IdentifierSplitter}, the rule the query service applies to task text: each
 * identifier lower-cased whole ({@code parse_header}, {@code httpconnection}) followed by its parts
 * ({@code parse header}, {@code http connection}) where they differ from it. The {@code lexical}
 * table keeps {@code _} as a token character, so a whole identifier stays one token. Left out:
 * identifiers starting with a digit (numeric literals), terms shorter than {@value #MIN_TERM_CHARS} or
 * longer than {@value #MAX_TERM_CHARS} characters (hashes, base64), and occurrences of a term past
 * {@value #MAX_OCCURRENCES} per column (BM25 saturates term frequency anyway, and the cap keeps a
 * repetitive file from filling its budget with one word). Each column is cut at its character cap, so
 * a generated file cannot bloat the index. String literals are part of the text scanned for the body;
 * {@link FileFacts#strings()} is not added again, which would double their weight.
 *
 * <p>Pure and thread-safe: called from the run's worker threads.
 */
public final class LexicalDocumentBuilder {

    /** Longest {@code symbols} column, in characters. */
    public static final int MAX_SYMBOLS_CHARS = 16 * 1024;
    /** Longest {@code docs} column, in characters. */
    public static final int MAX_DOCS_CHARS = 32 * 1024;
    /** Longest {@code body} column, in characters. */
    public static final int MAX_BODY_CHARS = 64 * 1024;
    static final int MAX_OCCURRENCES = 4;
    static final int MIN_TERM_CHARS = 2;
    static final int MAX_TERM_CHARS = 64;

    private LexicalDocumentBuilder() {
    }

    public static LexicalDocument build(CharSequence text, FileFacts facts) {
        IdentifierTerms.Cache split = IdentifierTerms.cache();
        Column symbols = new Column(0, MAX_SYMBOLS_CHARS, split, facts.symbols().size());
        Column docs = new Column(1, MAX_DOCS_CHARS, split, 0);
        for (SymbolFact s : facts.symbols()) {
            symbols.text(s.name());
            if (s.doc() != null) {
                docs.text(s.doc());
            }
        }
        for (String comment : facts.comments()) {
            docs.text(comment);
        }
        // a source file has about one distinct identifier per 20 characters, up to the column's cap
        int length = text == null ? 0 : Math.min(text.length(), MAX_BODY_CHARS * 2);
        Column body = new Column(2, MAX_BODY_CHARS, split, length / 20);
        body.text(text == null ? "" : text);
        return new LexicalDocument(symbols.terms(), docs.terms(), body.terms());
    }

    /** The terms of one column: bounded in length, at most {@link #MAX_OCCURRENCES} of each term. */
    private static final class Column {

        /** Which of the document's columns (0 to {@link IdentifierTerms#COLUMNS} - 1): each term counts per column. */
        private final int index;
        private final int maxChars;
        private final StringBuilder out = new StringBuilder();
        /** Identifiers as written → their terms, so a repeated identifier is split once. */
        private final IdentifierTable<Identifier> identifiers;
        /** This thread's identifiers → terms, across documents. */
        private final IdentifierTerms.Cache split;
        private boolean full;

        /** @param expected about how many distinct identifiers the column will see */
        Column(int index, int maxChars, IdentifierTerms.Cache split, int expected) {
            this.index = index;
            this.maxChars = maxChars;
            this.identifiers = new IdentifierTable<>(expected);
            this.split = split;
        }

        /**
         * Adds the terms of each identifier of {@code text}, as {@link IdentifierSplitter#identifiers}
         * finds them, in one pass over the characters that stops once the column is full: a 300 KB
         * bundle fills its body long before its end, and listing every identifier first cost a string
         * per identifier of the whole file. An identifier seen before in this column is found by its
         * characters, hashed during the scan, without making a string of it: most identifiers of a
         * file are repeats, and a string and a map lookup for each were a third of this pass.
         */
        void text(CharSequence text) {
            if (full || text == null) {
                return;
            }
            char[] chars = text.toString().toCharArray();
            int start = -1;
            int hash = 0;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (isIdentifierChar(c)) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    hash = 31 * hash + c;
                } else if (start >= 0) {
                    identifier(chars, start, i - start, hash);
                    start = -1;
                    if (full) {
                        return;
                    }
                }
            }
            if (start >= 0) {
                identifier(chars, start, chars.length - start, hash);
            }
        }

        private void identifier(char[] chars, int start, int length, int hash) {
            Identifier known = identifiers.get(chars, start, length, hash);
            if (known == null) {
                known = new Identifier(split.of(chars, start, length, hash, MIN_TERM_CHARS, MAX_TERM_CHARS));
                identifiers.put(chars, start, length, hash, known);
            }
            // past the cap every term of this identifier is capped too: skip it without looking up terms
            if (known.terms.length == 0 || ++known.count > MAX_OCCURRENCES) {
                return;
            }
            for (IdentifierTerms.Slot term : known.terms) {
                add(term);
            }
        }

        private void add(IdentifierTerms.Slot term) {
            if (term.count(split.document(), index) > MAX_OCCURRENCES) {
                return;
            }
            if (out.length() + term.text.length() + 1 > maxChars) {
                full = true;
                return;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(term.text);
        }

        String terms() {
            return out.toString();
        }
    }

    /** ASCII identifier characters of {@link IdentifierSplitter}: letters, digits, {@code _} and {@code $}. */
    private static final boolean[] ASCII_IDENTIFIER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_IDENTIFIER[c] = Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }

    /** {@link IdentifierSplitter}'s rule, with a table for ASCII (this runs once per character of every file). */
    static boolean isIdentifierChar(char c) {
        return c < 128 ? ASCII_IDENTIFIER[c] : Character.isLetterOrDigit(c);
    }

    /** One identifier's terms in a column and how often the column saw the identifier. */
    private static final class Identifier {

        /** Its terms of an indexed length; each one's count in the column is kept by the slot. */
        private final IdentifierTerms.Slot[] terms;
        private int count;

        private Identifier(IdentifierTerms.Slot[] terms) {
            this.terms = terms;
        }
    }
}
