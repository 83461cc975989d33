package dev.memlayer.indexer.churn;

/**
 * What {@link ChurnService#ensure} did: the churn set's id, whether it already existed, whether it was
 * derived from the parent's set ({@link DerivedChurn}) rather than computed over the window, how many
 * commits it had to diff and store, how many commits the set counts, its row counts, and its time.
 */
public record ChurnOutcome(long churnSetId, boolean reused, boolean derived, int commitsDiffed,
        int commitsInWindow, int files, int pairs, long durationMs) {
}
