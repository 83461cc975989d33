package dev.memlayer.service.rank;

import dev.memlayer.model.api.Reason;
import dev.memlayer.service.read.ManifestEntry;
import java.util.List;

/** A file with its fused score and every contribution to it; the reasons' weights sum to the score. */
public record RankedFile(ManifestEntry file, double score, List<Reason> reasons) {

    public RankedFile {
        // the ranker's own list is immutable already, and copying it would write every evidence text
        reasons = reasons instanceof LazyReasons ? reasons : List.copyOf(reasons);
    }
}
