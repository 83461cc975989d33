package dev.memlayer.service.plan;

import dev.memlayer.model.facts.Language;
import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task text → {@link TaskQuery}: search terms (identifier-split, stop words dropped) and mentions
 * (paths, {@code Class.method}, CamelCase and snake_case identifiers, quoted strings). Pure: no
 * I/O, no snapshot; the same text always gives the same query.
 */
public final class TaskParser {

    static final int MAX_TERMS = 64;
    static final int MAX_MENTIONS = 32;

    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,200})\"|`([^`\\n]{1,200})`|'([^'\\n]{2,200})'");
    private static final Pattern PATH_LIKE = Pattern.compile("(?<![\\w/.-])((?:[\\w.-]+/)*[\\w-][\\w.-]*\\.[A-Za-z0-9]{1,10}|(?:[\\w.-]+/)+[\\w.-]+)(?![\\w/])");
    private static final Pattern CLASS_METHOD = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)[.#]([a-z_][A-Za-z0-9_]*)\\b");
    private static final Pattern CAMEL = Pattern.compile("\\b(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+)\\b");
    private static final Pattern SNAKE = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\\b");

    private TaskParser() {
    }

    public static TaskQuery parse(String task) {
        return new TaskQuery(terms(task), mentions(task), List.of());
    }

    static List<String> terms(String task) {
        Set<String> out = new LinkedHashSet<>();
        for (String term : IdentifierSplitter.terms(task)) {
            if (out.size() >= MAX_TERMS) {
                break;
            }
            if (term.length() < 2 || StopWords.ALL.contains(term) || isShortNumber(term)) {
                continue;
            }
            out.add(term);
        }
        return List.copyOf(out);
    }

    static List<Mention> mentions(String task) {
        // position → mention keeps them in the order they appear; first kind found at a position wins
        Map<String, Mention> byText = new LinkedHashMap<>();
        List<int[]> taken = new ArrayList<>();
        Map<Integer, Mention> ordered = new java.util.TreeMap<>();
        collect(task, QUOTED, Mention.Kind.QUOTED, ordered, taken, byText);
        collectPaths(task, ordered, taken, byText);
        collect(task, CLASS_METHOD, Mention.Kind.SYMBOL, ordered, taken, byText);
        collect(task, CAMEL, Mention.Kind.IDENTIFIER, ordered, taken, byText);
        collect(task, SNAKE, Mention.Kind.IDENTIFIER, ordered, taken, byText);
        return ordered.values().stream().limit(MAX_MENTIONS).toList();
    }

    private static void collectPaths(String task, Map<Integer, Mention> ordered, List<int[]> taken,
            Map<String, Mention> byText) {
        Matcher m = PATH_LIKE.matcher(task);
        while (m.find()) {
            String text = m.group(1);
            boolean hasDir = text.contains("/");
            boolean knownExtension = Language.ofPath(text) != Language.OTHER;
            if ((hasDir || knownExtension) && !text.startsWith("http") && free(taken, m.start(1), m.end(1))) {
                add(ordered, taken, byText, m.start(1), m.end(1), new Mention(Mention.Kind.PATH, stripDot(text)));
            }
        }
    }

    private static void collect(String task, Pattern p, Mention.Kind kind, Map<Integer, Mention> ordered,
            List<int[]> taken, Map<String, Mention> byText) {
        Matcher m = p.matcher(task);
        while (m.find()) {
            int group = 0;
            for (int g = 1; kind == Mention.Kind.QUOTED && g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    group = g;
                    break;
                }
            }
            String text = m.group(group);
            boolean inside = kind == Mention.Kind.QUOTED;
            if (inside || free(taken, m.start(group), m.end(group))) {
                if (kind == Mention.Kind.QUOTED && looksLikePath(text)) {
                    add(ordered, taken, byText, m.start(group), m.end(group),
                            new Mention(Mention.Kind.PATH, stripDot(text)));
                } else {
                    add(ordered, taken, byText, m.start(group), m.end(group), new Mention(kind, text));
                }
            }
        }
    }

    private static boolean looksLikePath(String text) {
        return !text.contains(" ") && (text.contains("/") || Language.ofPath(text) != Language.OTHER)
                && text.contains(".");
    }

    private static void add(Map<Integer, Mention> ordered, List<int[]> taken, Map<String, Mention> byText,
            int start, int end, Mention mention) {
        taken.add(new int[] {start, end});
        if (byText.putIfAbsent(mention.kind() + ":" + mention.text(), mention) == null) {
            ordered.put(start, mention);
        }
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return false;
            }
        }
        return true;
    }

    private static String stripDot(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }

    private static boolean isShortNumber(String term) {
        return term.length() < 3 && term.chars().allMatch(Character::isDigit);
    }
}
