package dev.memlayer.indexer.lexical;

import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The builder as it was before its one-pass scan (d9cc0c0), kept as the reference its output must equal. */
final class LexicalDocumentBuilderBefore {

    /** Longest {@code symbols} column, in characters. */
    public static final int MAX_SYMBOLS_CHARS = 16 * 1024;
    /** Longest {@code docs} column, in characters. */
    public static final int MAX_DOCS_CHARS = 32 * 1024;
    /** Longest {@code body} column, in characters. */
    public static final int MAX_BODY_CHARS = 64 * 1024;
    static final int MAX_OCCURRENCES = 4;
    static final int MIN_TERM_CHARS = 2;
    static final int MAX_TERM_CHARS = 64;

    private LexicalDocumentBuilderBefore() {
    }

    static LexicalDocument build(CharSequence text, FileFacts facts) {
        Column symbols = new Column(MAX_SYMBOLS_CHARS);
        Column docs = new Column(MAX_DOCS_CHARS);
        for (SymbolFact s : facts.symbols()) {
            symbols.text(s.name());
            if (s.doc() != null) {
                docs.text(s.doc());
            }
        }
        for (String comment : facts.comments()) {
            docs.text(comment);
        }
        Column body = new Column(MAX_BODY_CHARS);
        body.text(text == null ? "" : text);
        return new LexicalDocument(symbols.terms(), docs.terms(), body.terms());
    }

    /** The terms of one column: bounded in length, at most {@link #MAX_OCCURRENCES} of each term. */
    private static final class Column {

        private final int maxChars;
        private final StringBuilder out = new StringBuilder();
        private final Map<String, Integer> seen = new HashMap<>();
        /** Identifiers as written → their terms, so a repeated identifier is split once. */
        private final Map<String, Identifier> identifiers = new HashMap<>();
        private boolean full;

        Column(int maxChars) {
            this.maxChars = maxChars;
        }

        void text(CharSequence text) {
            if (full || text == null) {
                return;
            }
            for (String id : IdentifierSplitter.identifiers(text)) {
                if (full) {
                    return;
                }
                identifier(id);
            }
        }

        private void identifier(String id) {
            Identifier known = identifiers.get(id);
            if (known == null) {
                known = Identifier.of(id);
                identifiers.put(id, known);
            }
            // past the cap every term of this identifier is capped too: skip it without looking up terms
            if (known.terms.isEmpty() || ++known.count > MAX_OCCURRENCES) {
                return;
            }
            for (String term : known.terms) {
                term(term);
            }
        }

        private void term(String term) {
            if (term.length() < MIN_TERM_CHARS || term.length() > MAX_TERM_CHARS) {
                return;
            }
            int count = seen.merge(term, 1, Integer::sum);
            if (count > MAX_OCCURRENCES) {
                return;
            }
            if (out.length() + term.length() + 1 > maxChars) {
                full = true;
                return;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(term);
        }

        String terms() {
            return out.toString();
        }
    }

    /** One identifier's terms (whole, then parts that differ from it) and how often the column saw it. */
    private static final class Identifier {

        private final List<String> terms;
        private int count;

        private Identifier(List<String> terms) {
            this.terms = terms;
        }

        static Identifier of(String id) {
            if (Character.isDigit(id.charAt(0))) {
                return new Identifier(List.of()); // a numeric literal
            }
            List<String> parts = IdentifierSplitter.parts(id);
            if (parts.isEmpty()) {
                return new Identifier(List.of()); // only separators: `__`, `$`
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
            return new Identifier(terms);
        }
    }
}
