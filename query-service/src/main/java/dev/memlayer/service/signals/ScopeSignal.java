package dev.memlayer.service.signals;

import dev.memlayer.service.plan.CommitScope;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.SnapshotView;

/**
 * A prior from the task's leading scope ({@code hugolib: …}, {@code fix(router): …}): a candidate
 * under a directory of that name gets 1.0. Only files other signals found are asked, so a scope
 * reorders what the text matched rather than pulling in a whole directory.
 */
public final class ScopeSignal implements PriorSignal {

    public static final String NAME = "scope";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(TaskQuery query, SnapshotView view, int file) {
        if (query.scope().isEmpty() || file < 0) {
            return 0;
        }
        return CommitScope.covers(query.scope(), view.files().get(file).directory()) ? 1.0 : 0;
    }

    @Override
    public String evidence(TaskQuery query, SnapshotView view, int file) {
        return "under '" + query.scope() + "', the area the task names first";
    }
}
