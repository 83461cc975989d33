package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.lexical.LexicalDocument;
import java.util.Objects;

/**
 * File text to store once per content hash: original size and zlib bytes ({@link ContentCodec}),
 * and its lexical document, inserted with it when the content has none yet.
 */
public record NewContent(String contentHash, long size, byte[] deflated, LexicalDocument lexical) {

    public NewContent {
        Objects.requireNonNull(lexical, "lexical");
    }
}
