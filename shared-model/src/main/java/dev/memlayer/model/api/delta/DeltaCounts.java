package dev.memlayer.model.api.delta;

/** How many files of each change kind a delta holds. */
public record DeltaCounts(int added, int modified, int removed, int renamed) {
}
