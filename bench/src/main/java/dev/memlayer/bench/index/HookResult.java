package dev.memlayer.bench.index;

/**
 * The cost of the post-commit hook to {@code git commit} (medians).
 *
 * @param commitMsWithout commit wall without a hook
 * @param commitMsWith    commit wall with the hook installed
 * @param addedMs         the difference: what the hook adds
 * @param hook            which hook was measured
 */
public record HookResult(long commitMsWithout, long commitMsWith, long addedMs, String hook) {
}
