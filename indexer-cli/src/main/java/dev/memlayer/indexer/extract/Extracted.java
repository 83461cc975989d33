package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.FileFacts;

/** The facts one extractor produced for one content, ready to be stored under its key. */
public record Extracted(ExtractionKey key, FileFacts facts) {
}
