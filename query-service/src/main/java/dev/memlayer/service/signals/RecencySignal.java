package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.FileHistory;
import dev.memlayer.service.read.SnapshotView;
import java.util.Optional;

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
    public Optional<SignalHit> score(TaskQuery query, SnapshotView view, int file) {
        FileHistory history = view.history();
        long last = history.churn(file).lastChangeAt();
        if (last <= 0 || history.newestChangeAt() <= 0) {
            return Optional.empty();
        }
        double days = Math.max(0, history.newestChangeAt() - last) / SECONDS_PER_DAY;
        double s = Math.exp(-days / DECAY_DAYS);
        if (s < 0.01) {
            return Optional.empty();
        }
        return Optional.of(new SignalHit(view.files().get(file), s,
                () -> "last changed " + Math.round(days) + " days before the snapshot's newest change"));
    }
}
