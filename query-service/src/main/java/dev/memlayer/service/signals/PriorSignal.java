package dev.memlayer.service.signals;

import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.plan.TaskQuery;

/**
 * A prior only adjusts files other signals found; it never brings in a file by itself, so it is
 * asked per candidate rather than over the whole view.
 */
public interface PriorSignal {

    String name();

    /**
     * The candidate's prior, scaled to [0, 1]; 0 if none. Asked for every candidate of every request, so it makes
     * no object: the evidence is written apart, and only for the files an answer shows.
     */
    double score(TaskQuery query, SnapshotView view, int file);

    /** Why {@code file} has the prior {@link #score} gave it. */
    String evidence(TaskQuery query, SnapshotView view, int file);
}
