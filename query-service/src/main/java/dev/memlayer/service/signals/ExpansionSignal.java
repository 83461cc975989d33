package dev.memlayer.service.signals;

import dev.memlayer.service.read.SnapshotView;
import java.util.List;

/**
 * A signal that scores files by their relation to the seeds the direct signals found (graph
 * neighbours, co-change partners) rather than by the task text.
 */
public interface ExpansionSignal {

    String name();

    /**
     * Files related to the seeds, each once, with the seed named in the evidence; on an absolute
     * scale where 1.0 is a file as closely tied to the strongest seed as the signal can tell.
     */
    List<SignalHit> score(List<Seed> seeds, SnapshotView view);
}
