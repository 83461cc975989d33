package dev.memlayer.indexer.lexical;

/**
 * One content's lexical document: space-separated lower-case terms per FTS5 column of the
 * {@code lexical} table, each column already bounded by {@link LexicalDocumentBuilder}.
 *
 * @param symbols symbol names, whole and split ({@code httpconnection http connection})
 * @param docs    words of doc comments and comments, identifiers among them whole and split
 * @param body    every identifier and word of the text (comments and string literals included)
 */
public record LexicalDocument(String symbols, String docs, String body) {

    public static final LexicalDocument EMPTY = new LexicalDocument("", "", "");

    public LexicalDocument {
        symbols = symbols == null ? "" : symbols;
        docs = docs == null ? "" : docs;
        body = body == null ? "" : body;
    }

    /** Characters over all columns (what the batch holds in memory). */
    public int length() {
        return symbols.length() + docs.length() + body.length();
    }
}
