package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.FileHistory;
import dev.memlayer.service.read.SnapshotView;

/**
 * A prior: work clusters in time, so a file changed in the last weeks before the snapshot is likelier
 * to be touched by the next task than one untouched for years. {@code exp(-age / 30 days)}, where age
 * is measured from the snapshot's newest change ({@link FileHistory#newestChangeAt()}), not from today.
 * Commits touching very many files are not counted by the indexer, so a formatting sweep does not
 * make everything recent.
 */
public final class RecencySignal implements PriorSignal {

    public static final String NAME = "recency";
    static final double DECAY_DAYS = 30.0;
    private static final double SECONDS_PER_DAY = 86_400.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(TaskQuery query, SnapshotView view, int file) {
        double days = days(view.history(), file);
        double s = days < 0 ? 0 : Math.exp(-days / DECAY_DAYS);
        return s < 0.01 ? 0 : s;
    }

    @Override
    public String evidence(TaskQuery query, SnapshotView view, int file) {
        return "last changed " + Math.round(days(view.history(), file)) + " days before the snapshot's newest change";
    }

    /** Days between the file's last change and the snapshot's newest one; -1 without history. */
    private static double days(FileHistory history, int file) {
        long last = history.churn(file).lastChangeAt();
        if (last <= 0 || history.newestChangeAt() <= 0) {
            return -1;
        }
        return Math.max(0, history.newestChangeAt() - last) / SECONDS_PER_DAY;
    }
}
