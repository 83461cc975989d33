package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.SnapshotView;
import java.util.List;

/**
 * One source of evidence that a file matters for a task. A signal scores files of one pinned
 * view and says why, at the place it computes the number; weights are not its business
 * ({@code rank.IntentWeights} owns them).
 */
public interface Signal {

    /** Stable name used in {@code reasons[].signal} and in the weight table. */
    String name();

    /** Files with a positive raw score, each once, with their evidence. */
    List<SignalHit> score(TaskQuery query, SnapshotView view);

    /**
     * The raw score that counts as 1.0 when signals are fused: by default the best hit of this
     * request (scores become comparable across signals); signals with an absolute scale override it.
     */
    default double scale(List<SignalHit> hits) {
        double max = 0;
        for (SignalHit h : hits) {
            max = Math.max(max, h.score());
        }
        return max;
    }
}
