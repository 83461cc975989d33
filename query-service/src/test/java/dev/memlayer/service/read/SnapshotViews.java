package dev.memlayer.service.read;

import dev.memlayer.model.facts.Language;
import dev.memlayer.model.snapshot.ProjectRef;
import java.time.Instant;
import java.util.Arrays;

/** In-memory views for unit tests of planning and ranking (no database involved). */
public final class SnapshotViews {

    private SnapshotViews() {
    }

    public static SnapshotView of(String... paths) {
        return new SnapshotView(new ProjectRef("p1", "demo", "/repo/demo"),
                new SnapshotMeta(1, 1, "abc", "main", false, Instant.EPOCH, paths.length),
                Arrays.stream(paths).map(p -> ManifestEntry.of(p, "h-" + p, 100, Language.ofPath(p).id(), 10))
                        .toList());
    }
}
