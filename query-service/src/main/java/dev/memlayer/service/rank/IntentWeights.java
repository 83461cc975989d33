package dev.memlayer.service.rank;

import dev.memlayer.model.api.Intent;
import dev.memlayer.service.signals.MentionSignal;
import dev.memlayer.service.signals.PathSignal;
import dev.memlayer.service.signals.PinnedSignal;
import java.util.Map;

/**
 * The one table of signal weights, per intent. Tune here and nowhere else, and only with the
 * evaluation in {@code ../shared/eval/} showing it helps. A signal missing from a row weighs 0.
 */
public final class IntentWeights {

    private static final Map<String, Double> BASE = Map.of(
            PinnedSignal.NAME, 10.0,
            MentionSignal.NAME, 2.0,
            PathSignal.NAME, 1.0);

    private static final Map<Intent, Map<String, Double>> TABLE = Map.of(
            Intent.BUGFIX, BASE,
            Intent.FEATURE, BASE,
            Intent.REFACTOR, BASE,
            Intent.TEST, BASE,
            // an incident report names symptoms more than files: trust explicit mentions a bit more
            Intent.INCIDENT, Map.of(PinnedSignal.NAME, 10.0, MentionSignal.NAME, 2.5, PathSignal.NAME, 1.0),
            // exploring leans on vocabulary, which for now lives in paths
            Intent.EXPLORE, Map.of(PinnedSignal.NAME, 10.0, MentionSignal.NAME, 2.0, PathSignal.NAME, 1.2));

    private IntentWeights() {
    }

    public static double weight(Intent intent, String signal) {
        return TABLE.getOrDefault(intent, BASE).getOrDefault(signal, 0.0);
    }
}
