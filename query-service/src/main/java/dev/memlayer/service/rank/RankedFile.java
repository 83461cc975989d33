package dev.memlayer.service.rank;

import dev.memlayer.model.api.Reason;
import dev.memlayer.service.read.ManifestEntry;
import java.util.List;

/**
 * A file with its fused score and every contribution to it; the reasons' weights sum to the score.
 *
 * @param focus names of the file's symbols its signals found it by ({@code SignalHit#focus}), for snippets
 */
public record RankedFile(ManifestEntry file, double score, List<Reason> reasons, List<String> focus) {

    public RankedFile {
        // the ranker's own list is immutable already, and copying it would write every evidence text
        reasons = reasons instanceof LazyReasons ? reasons : List.copyOf(reasons);
        focus = List.copyOf(focus);
    }

    public RankedFile(ManifestEntry file, double score, List<Reason> reasons) {
        this(file, score, reasons, List.of());
    }
}
