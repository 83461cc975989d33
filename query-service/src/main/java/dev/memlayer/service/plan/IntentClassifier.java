package dev.memlayer.service.plan;

import dev.memlayer.model.api.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what the agent is about to do from word-boundary cues in the task text; an explicit
 * intent in the request always wins. Most cue matches wins; ties go to the earlier rule (the more
 * specific intents come first). No cue: a question explores, anything else is a feature.
 */
public final class IntentClassifier {

    private record Rule(Intent intent, Pattern cues) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Intent.INCIDENT, "outages?|incidents?|prod|production|timeouts?|timed out|latency|slow(?:ness|er)?"
                    + "|p99|p95|oom|out of memory|memory leak|degrad\\w*|alerts?|pager\\w*|spikes?|hangs?"),
            rule(Intent.TEST, "tests?|testing|tested|coverage|unit tests?|specs?|asserts?|assertions?|flaky|mocks?"),
            rule(Intent.BUGFIX, "fix(?:es|ed|ing)?|bugs?|errors?|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure|ures)?"
                    + "|broken|breaks?|exceptions?|wrong|incorrect(?:ly)?|regression|npe|null ?pointer|stack ?trace"),
            rule(Intent.REFACTOR, "refactor\\w*|renam\\w*|extract\\w*|clean ?up|cleanup|simplif\\w*|restructur\\w*"
                    + "|reorganiz\\w*|dedup\\w*|split|inline|decouple"),
            rule(Intent.FEATURE, "add|adds|adding|implement\\w*|support\\w*|new|introduc\\w*|allow\\w*|enabl\\w*"
                    + "|feature|create"),
            rule(Intent.EXPLORE, "how|where|what|why|which|explain\\w*|overview|understand\\w*|describe|walk ?through"
                    + "|architecture"));

    private IntentClassifier() {
    }

    /** The requested intent when one is given, else the one the text suggests. */
    public static Intent classify(String task, Optional<Intent> requested) {
        return requested.orElseGet(() -> fromText(task));
    }

    static Intent fromText(String task) {
        Map<Intent, Integer> hits = new EnumMap<>(Intent.class);
        for (Rule r : RULES) {
            Matcher m = r.cues().matcher(task);
            int n = 0;
            while (m.find()) {
                n++;
            }
            hits.put(r.intent(), n);
        }
        Intent best = null;
        int bestHits = 0;
        for (Rule r : RULES) {
            int n = hits.get(r.intent());
            if (n > bestHits) {
                best = r.intent();
                bestHits = n;
            }
        }
        if (best != null) {
            return best;
        }
        return task.strip().endsWith("?") ? Intent.EXPLORE : Intent.FEATURE;
    }

    private static Rule rule(Intent intent, String alternatives) {
        return new Rule(intent, Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE));
    }
}
