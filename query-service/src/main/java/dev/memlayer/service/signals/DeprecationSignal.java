package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.DeprecatedSymbols;
import dev.memlayer.service.read.SnapshotView;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * For a task about deprecation ("remove the previously deprecated methods", "deprecate X in favour of Y"):
 * the files that define symbols their docs mark deprecated ({@link DeprecatedSymbols}), each with those symbols
 * as its focus, so that a file the other signals found shows them. It ranks nothing
 * ({@code FusionRanker.standard} uses it for focus only). As a ranking signal at weight 0.5 it lifted the dev set's
 * MRR .705 → .709 through three tasks, but on 177 further deprecation tasks mined from thirteen repositories'
 * histories it lowered recall@5 / MRR .826 / .822 → .814 / .817 (9 tasks up, 17 down; .825 / .817 when only
 * removals counted): a file with marked symbols is as often beside the change as in it. A file with n such
 * symbols scores 1 − 2⁻ⁿ.
 */
public final class DeprecationSignal implements Signal {

    public static final String NAME = "deprecated";
    /** The stem of deprecate, deprecated, deprecation, deprecating as the task writes them. */
    static final String STEM = "deprecat";
    private static final int NAMES_SHOWN = 4;
    private static final Logger LOG = Logger.getLogger(DeprecationSignal.class);

    private final DeprecatedSymbols deprecated;

    public DeprecationSignal(DeprecatedSymbols deprecated) {
        this.deprecated = deprecated;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        if (query.terms().stream().noneMatch(t -> t.startsWith(STEM))) {
            return List.of();
        }
        DeprecatedSymbols.Marked marked;
        try {
            marked = deprecated.of(view);
        } catch (SQLException e) {
            LOG.warnf("deprecated symbols unreadable, answering without them as a focus: %s", e.getMessage());
            return List.of();
        }
        List<SignalHit> hits = new ArrayList<>(marked.byFile().size());
        for (Map.Entry<Integer, List<String>> e : marked.byFile().entrySet()) {
            List<String> names = e.getValue();
            hits.add(new SignalHit(view.files().get(e.getKey()), 1 - Math.pow(2, -names.size()),
                    () -> evidence(names), names));
        }
        return hits;
    }

    private static String evidence(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return "defines " + names.size() + " deprecated symbol" + (names.size() == 1 ? "" : "s") + ": " + shown
                + (names.size() > NAMES_SHOWN ? ", …" : "");
    }
}
