package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * The extractor versions whose facts resolution uses: the registered extractors at their current
 * version, so facts of an older version (still stored while a snapshot references the content) are
 * never mixed in.
 */
final class CurrentExtractors {

    private final Set<String> current = new HashSet<>();

    CurrentExtractors(ExtractorRegistry registry) {
        for (Extractor e : registry.all()) {
            current.add(e.id() + "@" + e.version());
        }
    }

    boolean contains(String extractor, int version) {
        return current.contains(extractor + "@" + version);
    }
}
