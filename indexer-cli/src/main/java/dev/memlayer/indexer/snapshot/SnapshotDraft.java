package dev.memlayer.indexer.snapshot;

/**
 * What a run hands to {@link SnapshotPublisher#publish}: git facts and counts of a snapshot whose
 * manifest and contents are already written under status 'building'.
 *
 * @param rev        the revision indexed with {@code --rev} as given; null for the working tree
 * @param churnSetId the churn set of the snapshot's commit; null outside git or without commits
 * @param graphVersion the resolver and extractor versions its edges came from ({@code GraphVersion})
 */
public record SnapshotDraft(
        String commit,
        String branch,
        boolean dirty,
        int files,
        int changed,
        int reused,
        int removed,
        int skipped,
        long bytes,
        long walkMs,
        long durationMs,
        String rev,
        Long churnSetId,
        String graphVersion) {
}
