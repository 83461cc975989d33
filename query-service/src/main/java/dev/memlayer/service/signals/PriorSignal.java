package dev.memlayer.service.signals;

import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.plan.TaskQuery;
import java.util.Optional;

/**
 * A prior only adjusts files other signals found; it never brings in a file by itself, so it is
 * asked per candidate rather than over the whole view.
 */
public interface PriorSignal {

    String name();

    /** The candidate's prior, scaled to [0, 1], with its evidence; empty if none. */
    Optional<SignalHit> score(TaskQuery query, SnapshotView view, int file);
}
