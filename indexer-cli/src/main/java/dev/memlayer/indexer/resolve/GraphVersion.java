package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import java.util.Comparator;

/**
 * The versions a snapshot's graph was resolved with, recorded with the snapshot
 * ({@code snapshots.graph_version}): the resolver's and every extractor's, e.g.
 * {@code "resolver=1 cargo@1 go@3 …"}. A run copies edges from the previous snapshot only when its
 * graph version is the same, so new resolution rules or new facts never mix with old edges.
 */
public final class GraphVersion {

    private GraphVersion() {
    }

    public static String of(ExtractorRegistry extractors) {
        StringBuilder sb = new StringBuilder("resolver=").append(GraphResolver.VERSION);
        extractors.all().stream().sorted(Comparator.comparing(Extractor::id))
                .forEach(e -> sb.append(' ').append(e.id()).append('@').append(e.version()));
        return sb.toString();
    }
}
