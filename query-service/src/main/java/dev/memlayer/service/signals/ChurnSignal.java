package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.FileHistory;
import dev.memlayer.service.read.SnapshotView;

/**
 * A prior, not evidence: files that change often, and lately, are likelier to change again.
 * {@link FileHistory.Churn#activity()} over that of the view's most changed file.
 */
public final class ChurnSignal implements PriorSignal {

    public static final String NAME = "churn";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(TaskQuery query, SnapshotView view, int file) {
        FileHistory history = view.history();
        FileHistory.Churn c = history.churn(file);
        if (c.commitsTotal() == 0 || history.maxChurn() <= 0) {
            return 0;
        }
        return c.activity() / history.maxChurn();
    }

    @Override
    public String evidence(TaskQuery query, SnapshotView view, int file) {
        FileHistory.Churn c = view.history().churn(file);
        return c.commitsTotal() + " commits, " + c.commits90d() + " in the 90 days before the snapshot";
    }
}
