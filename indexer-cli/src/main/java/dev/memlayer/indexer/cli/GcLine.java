package dev.memlayer.indexer.cli;

import dev.memlayer.indexer.pipeline.GcSummary;
import dev.memlayer.indexer.snapshot.RetentionResult;

/**
 * The one human line of {@code memlayer gc}, e.g. {@code gc: removed 2 snapshots, 14 contents, 9
 * extractions; reclaimed 1.2 MiB in 35 ms (kept 5 per project; database 48.0 MiB)}.
 */
final class GcLine {

    private GcLine() {
    }

    static String of(GcSummary s) {
        RetentionResult r = s.removed();
        return "gc: removed " + r.snapshotsRemoved() + " snapshots, " + r.contentsRemoved() + " contents, "
                + r.extractionsRemoved() + " extractions; reclaimed " + StatusLines.size(r.bytesReclaimed())
                + (s.vacuumed() ? " (vacuumed)" : "") + " in " + s.durationMs() + " ms (kept " + s.keep()
                + " per project; database " + StatusLines.size(s.dbBytes()) + ")";
    }
}
