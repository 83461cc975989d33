package dev.memlayer.indexer.snapshot;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The latest ready snapshot of a project as the next run needs it: its manifest by path (for
 * reuse and removals), the content hashes it references (already stored), when its run started
 * (for the racy-file rule), and its row id and graph version (its edges are the base the next run's
 * graph is updated from). {@link #NONE} before the first snapshot.
 *
 * @param graphVersion null when unknown (written before graph versions were recorded)
 */
public record PreviousSnapshot(long snapshotId, long version, long startedAtMs, String graphVersion,
        Map<String, ManifestEntry> manifest) {

    public static final PreviousSnapshot NONE = new PreviousSnapshot(0, 0, 0, null, Map.of());

    public PreviousSnapshot {
        manifest = Map.copyOf(manifest);
    }

    public Set<String> contentHashes() {
        return manifest.values().stream().map(ManifestEntry::contentHash).collect(Collectors.toSet());
    }
}
