package dev.memlayer.indexer.extract;

/** What facts are keyed by: the content, and which extractor at which version read it. */
public record ExtractionKey(String contentHash, String extractor, int version) {

    public static ExtractionKey of(String contentHash, Extractor e) {
        return new ExtractionKey(contentHash, e.id(), e.version());
    }
}
