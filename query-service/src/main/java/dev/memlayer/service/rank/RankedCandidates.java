package dev.memlayer.service.rank;

import java.util.List;

/**
 * What planning hands to assembly: files in final rank order (positive scores only), and the
 * files that scored but were excluded by the request's globs. Nothing after this re-ranks.
 */
public record RankedCandidates(List<RankedFile> ranked, List<RankedFile> excluded) {

    public RankedCandidates {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }
}
