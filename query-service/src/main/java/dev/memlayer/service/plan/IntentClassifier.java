package dev.memlayer.service.plan;

import dev.memlayer.model.api.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Decides what the agent is about to do from word-boundary cues in the task text
 * ({@link IntentCues}, one table per language); an explicit intent in the request always wins.
 * Cue matches are summed over every language's table; most matches wins, ties go to the earlier
 * rule (the more specific intents come first). A stack trace in the text counts as a bugfix cue.
 * No cue: a question explores, anything else is a feature. Only the task's first {@value #CUE_CHARS} characters
 * are read.
 */
public final class IntentClassifier {

    /**
     * How much of a task the cues are counted in. A task says what it asks first; a log or trace pasted after that
     * only repeats "error" and "timeout" for as long as it runs, and every cue table is one regular-expression pass
     * over the text (a 19 KB, 250-frame trace took ~10 ms of its ~20 ms plan here). The longest task of the dev,
     * held-out and check sets has 3 541 characters.
     */
    static final int CUE_CHARS = 4_000;

    private IntentClassifier() {
    }

    /** The requested intent when one is given, else the one the text suggests. */
    public static Intent classify(String task, Optional<Intent> requested) {
        return requested.orElseGet(() -> fromText(task));
    }

    static Intent fromText(String whole) {
        String task = whole.length() > CUE_CHARS ? whole.substring(0, CUE_CHARS) : whole;
        Map<Intent, Integer> hits = new EnumMap<>(Intent.class);
        for (List<IntentCues.Rule> table : IntentCues.BY_LANGUAGE.values()) {
            for (IntentCues.Rule r : table) {
                Matcher m = r.cues().matcher(task);
                int n = 0;
                while (m.find()) {
                    n++;
                }
                hits.merge(r.intent(), n, Integer::sum);
            }
        }
        if (!StackFrames.find(task).isEmpty()) {
            hits.merge(Intent.BUGFIX, 1, Integer::sum);
        }
        Intent best = null;
        int bestHits = 0;
        for (IntentCues.Rule r : IntentCues.ENGLISH) {
            int n = hits.getOrDefault(r.intent(), 0);
            if (n > bestHits) {
                best = r.intent();
                bestHits = n;
            }
        }
        if (best != null) {
            return best;
        }
        return whole.strip().endsWith("?") ? Intent.EXPLORE : Intent.FEATURE;
    }
}
