package dev.memlayer.service.plan;

import dev.memlayer.model.facts.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The concrete things a task names, for {@link TaskParser}: stack-trace frames, error types and their messages,
 * quoted strings, paths and file names, {@code Class.method} / {@code module.func} / {@code pkg::item},
 * CamelCase, snake_case and kebab-case identifiers. A span of text yields one mention: the most specific rule that
 * claims it first (frames, then error lines, quotes, paths, qualified names, identifiers).
 */
final class MentionFinder {

    static final int MAX_MENTIONS = 48;

    private static final Pattern ERROR_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:Exception in thread \"[^\"\\n]*\" |Caused by: |Uncaught |thread '[^'\\n]*' )?"
            + "((?:[A-Za-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Error|Exception|Panic|Failure|Fault))"
            + "(?::[ \\t]*([^\\n]{3,200}))?[ \\t]*$");
    private static final Pattern GO_PANIC = Pattern.compile("(?m)^[ \\t]*(?:panic|fatal error): ([^\\n]{3,200})$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,200})\"|`([^`\\n]{1,200})`|'([^'\\n]{2,200})'");
    private static final Pattern PATH_LIKE = Pattern.compile(
            "(?<![\\w/.-])((?:[\\w.-]+/)*[\\w-][\\w.-]*\\.[A-Za-z0-9]{1,10}|(?:[\\w.-]+/)+[\\w.-]+)(?![\\w/])");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.:/#])([A-Za-z_][\\w]*(?:(?:\\.|::|#)[A-Za-z_][\\w]*)+)(?:\\(\\))?(?![\\w:#]|\\.\\w)");
    private static final Pattern CAMEL = Pattern.compile(
            "\\b(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+|[A-Z]{2,}[a-z][A-Za-z0-9]*)\\b");
    private static final Pattern SNAKE = Pattern.compile("\\b_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*");
    /**
     * {@code no-shadow}, {@code --trailing-comma}, {@code :nth-child}: a name in kebab case (lint rules, CLI
     * options, CSS, file stems), option dashes dropped. Hyphenated English ({@code read-only}) matches too;
     * it finds a file only if one has that stem. Not inside a URL or path ({@code github.com/gin-gonic/gin}).
     */
    private static final Pattern KEBAB = Pattern.compile(
            "(?<![\\w/.-])(?:--)?([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?![\\w/-])");

    private MentionFinder() {
    }

    /** The task's mentions in order of appearance, the stack frames (found already) first among equals. */
    static List<Mention> find(String task, List<StackFrames.Found> frames) {
        Spans spans = new Spans();
        for (StackFrames.Found f : frames) {
            spans.claim(f.start(), f.end(), f.mention());
        }
        for (StackFrames.Found f : frames) {
            if (f.importStart() >= 0) { // a Go frame's import path (and its dot) is no file of the repository
                spans.reserve(f.importStart(), f.importEnd() + 1);
            }
        }
        errorLines(task, spans);
        quoted(task, spans);
        paths(task, spans);
        qualified(task, spans);
        identifiers(task, CAMEL, spans);
        identifiers(task, SNAKE, spans);
        kebabNames(task, spans);
        return spans.inOrder();
    }

    /** Exception types and the messages after them ({@code KeyError: 'x'}, {@code panic: …}). */
    private static void errorLines(String task, Spans spans) {
        Matcher m = ERROR_LINE.matcher(task);
        while (m.find()) {
            // the line's lead-in (`Exception in thread "main" `, `Caused by: `) names a thread, not code
            spans.reserve(m.start(), m.start(1));
            String type = m.group(1);
            boolean dotted = type.indexOf('.') > 0;
            spans.claim(m.start(1), m.end(1), new Mention(dotted ? Mention.Kind.QUALIFIED : Mention.Kind.SYMBOL, type));
            if (m.group(2) != null && !m.group(2).isBlank()) {
                spans.claim(m.start(2), m.end(2), new Mention(Mention.Kind.QUOTED, m.group(2).strip()));
            }
        }
        Matcher p = GO_PANIC.matcher(task);
        while (p.find()) {
            spans.claim(p.start(1), p.end(1), new Mention(Mention.Kind.QUOTED, p.group(1).strip()));
        }
    }

    private static void quoted(String task, Spans spans) {
        Matcher m = QUOTED.matcher(task);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String text = m.group(g);
            if (!spans.free(m.start(g), m.end(g))) {
                continue;
            }
            String kebab = kebabName(text);
            Mention mention = looksLikePath(text) ? pathMention(text)
                    : QUALIFIED.matcher(text).matches() ? new Mention(Mention.Kind.QUALIFIED, stripCall(text))
                    : identifier(text) ? new Mention(Mention.Kind.SYMBOL, text)
                    : kebab != null ? new Mention(Mention.Kind.SYMBOL, kebab)
                    : new Mention(Mention.Kind.QUOTED, text);
            spans.claim(m.start(g), m.end(g), mention);
        }
    }

    private static void paths(String task, Spans spans) {
        Matcher m = PATH_LIKE.matcher(task);
        while (m.find()) {
            String text = m.group(1);
            boolean hasDir = text.contains("/");
            boolean knownExtension = Language.ofPath(text) != Language.OTHER;
            if ((hasDir || knownExtension) && !text.startsWith("http") && !text.startsWith("www.")) {
                spans.claim(m.start(1), m.end(1), pathMention(text));
            }
        }
    }

    private static void qualified(String task, Spans spans) {
        Matcher m = QUALIFIED.matcher(task);
        while (m.find()) {
            String text = m.group(1);
            if (plausibleQualified(text)) {
                spans.claim(m.start(1), m.end(), new Mention(Mention.Kind.QUALIFIED, text));
            }
        }
    }

    /** {@code e.g}, {@code i.e} and {@code example.com} are not code; one segment must look like code. */
    private static boolean plausibleQualified(String text) {
        String[] parts = QualifiedNames.segments(text);
        for (String p : parts) {
            if (p.length() < 2) {
                return false;
            }
        }
        if (text.contains("::") || text.contains("#")) {
            return true;
        }
        for (String p : parts) {
            if (!p.equals(p.toLowerCase(java.util.Locale.ROOT)) || p.contains("_")) {
                return true;
            }
        }
        // all lower case: module.func — accept when it is not a host name ending in a TLD-like segment
        return !parts[parts.length - 1].matches("com|org|net|io|dev|html?|txt|md");
    }

    private static void identifiers(String task, Pattern p, Spans spans) {
        Matcher m = p.matcher(task);
        while (m.find()) {
            spans.claim(m.start(), m.end(), new Mention(Mention.Kind.SYMBOL, m.group()));
        }
    }

    private static void kebabNames(String task, Spans spans) {
        Matcher m = KEBAB.matcher(task);
        while (m.find()) {
            spans.claim(m.start(1), m.end(1), new Mention(Mention.Kind.SYMBOL, m.group(1)));
        }
    }

    /**
     * The kebab-case name a whole quoted span is ({@code `--no-semi`} → {@code no-semi}, {@code `@custom-media`}
     * → {@code custom-media}), by the same rule as an unquoted one; null for anything else.
     */
    private static String kebabName(String text) {
        Matcher m = KEBAB.matcher(text.startsWith("@") ? text.substring(1) : text);
        return m.matches() ? m.group(1) : null;
    }

    private static boolean identifier(String text) {
        return CAMEL.matcher(text).matches() || SNAKE.matcher(text).matches();
    }

    private static boolean looksLikePath(String text) {
        return !text.contains(" ") && text.contains(".")
                && (text.contains("/") || Language.ofPath(text) != Language.OTHER);
    }

    private static Mention pathMention(String text) {
        String p = normalizePath(text);
        return new Mention(p.contains("/") ? Mention.Kind.PATH : Mention.Kind.FILE, p);
    }

    private static String stripCall(String text) {
        return text.endsWith("()") ? text.substring(0, text.length() - 2) : text;
    }

    /** '/'-separated, without leading "./" or "/" (absolute trace paths become suffix candidates). */
    static String normalizePath(String path) {
        String p = path.replace('\\', '/');
        if (p.length() > 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))) {
            p = p.substring(2);
        }
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }

    /** Claimed character spans of the text; the first claim of a span wins, one mention per text. */
    private static final class Spans {
        private final List<int[]> taken = new ArrayList<>();
        private final TreeMap<Integer, Mention> ordered = new TreeMap<>();
        private final Set<String> seen = new HashSet<>();

        boolean free(int start, int end) {
            for (int[] t : taken) {
                if (start < t[1] && end > t[0]) {
                    return false;
                }
            }
            return true;
        }

        /** Takes the span if it is free, without a mention (text that names nothing in the code); whether it did. */
        boolean reserve(int start, int end) {
            if (!free(start, end)) {
                return false;
            }
            taken.add(new int[] {start, end});
            return true;
        }

        void claim(int start, int end, Mention mention) {
            if (!reserve(start, end)) {
                return;
            }
            String key = mention.kind() == Mention.Kind.FRAME
                    ? "frame:" + mention.path() + ":" + mention.line() + ":" + mention.symbol()
                    : mention.kind() + ":" + mention.text();
            if (seen.add(key)) {
                ordered.put(start, mention);
            }
        }

        List<Mention> inOrder() {
            return ordered.values().stream().limit(MAX_MENTIONS).toList();
        }
    }
}
