package dev.memlayer.indexer.snapshot;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The latest ready snapshot of a project as the next run needs it: its manifest by path (for
 * reuse and removals), the content hashes it references (already stored), when its run started
 * (for the racy-file rule). {@link #NONE} before the first snapshot.
 */
public record PreviousSnapshot(long version, long startedAtMs, Map<String, ManifestEntry> manifest) {

    public static final PreviousSnapshot NONE = new PreviousSnapshot(0, 0, Map.of());

    public PreviousSnapshot {
        manifest = Map.copyOf(manifest);
    }

    public Set<String> contentHashes() {
        return manifest.values().stream().map(ManifestEntry::contentHash).collect(Collectors.toSet());
    }
}
