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
 * the files that define symbols their docs mark deprecated ({@link DeprecatedSymbols}). What such a task
 * removes is marked already and is seldom named; what it marks joins the code marked before it. A file
 * with n such symbols scores 1 − 2⁻ⁿ: one marks the file, more add less. The symbols are the hit's focus,
 * so the file's snippets show them.
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

    /** Scores are absolute: a file with many deprecated symbols approaches 1. */
    @Override
    public double scale(List<SignalHit> hits) {
        return 1.0;
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
            LOG.warnf("deprecated symbols unreadable, ranking without them: %s", e.getMessage());
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
