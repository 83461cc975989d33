package dev.memlayer.service.plan;

import dev.memlayer.model.api.Intent;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue words of each intent, one table per natural language, each cue matched on word
 * boundaries. Adding a language is one more entry in {@link #BY_LANGUAGE}; rules are listed most
 * specific intent first, which is how {@link IntentClassifier} breaks ties.
 */
final class IntentCues {

    record Rule(Intent intent, Pattern cues) {
    }

    static final List<Rule> ENGLISH = List.of(
            rule(Intent.INCIDENT, "outages?|incidents?|prod|production|timeouts?|timed out|latency|slow(?:ness|er)?"
                    + "|p99|p95|oom|out of memory|memory leak|degrad\\w*|alerts?|pager\\w*|spikes?|hangs?|on-?call"
                    + "|sev[0-3]|postmortem|5\\d\\d errors?"),
            // not "assert"/"assertion": code says it too (assert statements, contract checks, assertion
            // libraries), and "add an isEmpty assertion" there is a change to the source; a test task says "test"
            rule(Intent.TEST, "tests?|testing|tested|coverage|unit tests?|specs?|flaky|mocks?|fixtures?"),
            rule(Intent.BUGFIX, "fix(?:es|ed|ing)?|bugs?|errors?|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure|ures)?"
                    + "|broken|breaks?|exceptions?|wrong|incorrect(?:ly)?|regression|npe|null ?pointer|stack ?trace"
                    + "|traceback|panic(?:s|ked)?|segfault"),
            rule(Intent.REFACTOR, "refactor\\w*|renam\\w*|extract\\w*|clean ?up|cleanup|simplif\\w*|restructur\\w*"
                    + "|reorganiz\\w*|dedup\\w*|split|inline|decouple|move|deprecat\\w*"),
            rule(Intent.FEATURE, "add|adds|adding|implement\\w*|support\\w*|new|introduc\\w*|allow\\w*|enabl\\w*"
                    + "|feature|create"),
            rule(Intent.EXPLORE, "how|where|what|why|which|explain\\w*|overview|understand\\w*|describe|walk ?through"
                    + "|architecture"));

    /** Language tag → its rules. English only for now. */
    static final Map<String, List<Rule>> BY_LANGUAGE = Map.of("en", ENGLISH);

    private IntentCues() {
    }

    private static Rule rule(Intent intent, String alternatives) {
        return new Rule(intent, Pattern.compile("\\b(?:" + alternatives + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
