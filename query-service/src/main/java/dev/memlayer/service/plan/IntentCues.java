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
            // libraries), and "add an isEmpty assertion" there is a change to the source; a test task says "test".
            // Not "test" naming a part of the product either: a test client, server or runner is code that
            // applications call, and a change to it is a change to the source
            rule(Intent.TEST, "tests?(?! (?:client|server|runner|harness|framework)s?\\b)|testing|tested|coverage"
                    + "|unit tests?|specs?|flaky|mocks?|fixtures?"),
            // a bug is also told by its symptom: "X is ignored", "Y does not close the file", "returns 500"
            rule(Intent.BUGFIX, "fix(?:es|ed|ing)?|bugs?|errors?|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure|ures)?"
                    + "|broken|breaks?|exceptions?|wrong|incorrect(?:ly)?|regression|npe|null ?pointer|stack ?trace"
                    + "|traceback|panic(?:s|ked)?|segfault"
                    + "|(?:does|do|did|is|are|was|were|can|could|will|would)(?:n['’]t| not)"
                    + "|cannot|can['’]t|won['’]t|no longer"
                    + "|ignor(?:es|ed|ing)|unexpected(?:ly)?|typo|stop(?:s|ped)? working"
                    + "|(?:returns?|returned|throws?|threw|raises?|raised|responds? with) (?:an? )?"
                    + "(?:[45]\\d\\d|null|nil|none|undefined|nan)"
                    // the type of what goes wrong, written as code: "url_for raises BuildError when …"
                    + "|(?:raises?|raised|raising|throws?|threw|throwing|gets?|got) (?:an? )?"
                    + "(?-i:[A-Z]\\w*(?:Error|Exception))"
                    // or named alone where it happens, as a report does: "NullPointerException in Catalog.refresh",
                    // "IOError when closing", "TypeError: x is undefined" (not "add a ValidationError type")
                    + "|(?-i:[A-Z]\\w*(?:Error|Exception))(?=:| (?:in|when|on|at|if|after|while|during|from)\\b)"),
            // verbs, not the nouns made of them: "support Kotlin in the symbol extractor" is no refactor; and
            // "inline" only as a verb ("inline the helper", "Inline foo"), not "inline elements" or "inline comments"
            rule(Intent.REFACTOR, "refactor\\w*|renam\\w*|extract(?:s|ed|ing)?|clean ?up|cleanup|simplif\\w*"
                    + "|restructur\\w*|reorganiz\\w*|dedup\\w*|split(?:s|ting)?|inlin(?:es|ed|ing)|^inline"
                    + "|inline(?= (?:the|this|that|these|those|an?|it|its|them)\\b)|decoupl\\w*"
                    + "|mov(?:e|es|ed|ing)|deprecat\\w*"),
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
