package dev.memlayer.indexer.walk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one walk of a working tree found.
 *
 * @param files   files to index, in tree order
 * @param skipped entries left out per reason (a skipped directory counts once)
 * @param dirty   whether the tree differs from HEAD (index or working tree, untracked files
 *                included); always false outside git
 */
public record WalkResult(List<WalkedFile> files, Map<SkipReason, Integer> skipped, boolean dirty) {

    public WalkResult {
        files = List.copyOf(files);
        skipped = skipped.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(skipped));
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
