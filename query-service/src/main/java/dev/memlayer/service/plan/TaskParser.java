package dev.memlayer.service.plan;

import dev.memlayer.model.facts.Language;
import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task text → {@link TaskQuery}: search terms (identifier-split, stop words dropped) and mentions
 * of everything concrete — stack-trace frames, error messages, quoted strings, paths and file
 * names, {@code Class.method} / {@code module.func} / {@code pkg::item}, CamelCase, snake_case and kebab-case
 * identifiers — in order of appearance. Pure: no I/O, no snapshot; the same text always gives the
 * same query. A span of text yields one mention: the most specific rule that claims it first.
 */
public final class TaskParser {

    static final int MAX_TERMS = 64;
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

    private TaskParser() {
    }

    /**
     * Stack-trace scaffolding, not words of the task: Python's traceback headers and chaining lines,
     * Java's thread and cause lead-ins and elided frames, Go's goroutine and signal headers.
     */
    private static final Pattern TRACE_SCAFFOLDING = Pattern.compile(
            "(?m)Traceback \\(most recent call last\\):|Exception in thread \"[^\"\\n]*\"|Caused by:"
            + "|During handling of the above exception, another exception occurred:"
            + "|The above exception was the direct cause of the following exception:"
            + "|^[ \\t]*\\.\\.\\. \\d+ (?:more|common frames omitted)[ \\t]*$"
            + "|goroutine \\d+ \\[[^\\]\\n]*\\]:|\\[signal [^\\]\\n]*\\]");
    /** A web address, up to white space or a closing bracket around it. */
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)>\\]]+");
    /** Addresses and offsets in a trace ({@code 0xc000120a50}, {@code +0x2a}): no code says them. */
    private static final Pattern HEX = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");

    public static TaskQuery parse(String task) {
        List<StackFrames.Found> frames = StackFrames.find(task);
        String text = termText(task, frames);
        List<String> terms = terms(text);
        return new TaskQuery(terms, mentions(task, frames), List.of(), CommitScope.of(task).orElse(""),
                headTerms(terms, firstLine(text)));
    }

    /**
     * How many of the terms lead from the first line: terms come in order of appearance, each once, so
     * the first line's terms are the first ones.
     */
    private static int headTerms(List<String> terms, String firstLine) {
        Set<String> head = new HashSet<>(terms(firstLine));
        int n = 0;
        while (n < terms.size() && head.contains(terms.get(n))) {
            n++;
        }
        return n;
    }

    /** The text's first line, blank lines before it skipped. */
    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }

    /**
     * The text whose words become terms: the task with its stack frames' file locations and the trace's
     * scaffolding blanked. A frame's path is a mention already; as words it added the install's
     * directories ({@code home}, {@code venv}, {@code site}, {@code packages}), which match code by
     * chance, and a path's own words ({@code flask/app.py}: {@code app}) that the frame's file already
     * stands for. A frame of the language's runtime goes whole ({@code java.lang.StringBuilder.append}). In a
     * text with frames, hexadecimal addresses and the module directories of Go import paths go too. Function
     * names, package names and messages stay. So does a runtime type's own name, but not its package ({@code
     * java.lang.} of {@code java.lang.IllegalStateException}: {@code lang} found {@code Lang.java}). Web addresses go in any text: an issue link or a reference
     * ({@code https://www.python.org/dev/peps/pep-0519/}) gave {@code https}, {@code www}, {@code org},
     * {@code dev} and the project's own name, words that match code by chance (held-out MRR .683 → .686, the
     * dev set unchanged).
     */
    private static String termText(String task, List<StackFrames.Found> frames) {
        Matcher scaffolding = TRACE_SCAFFOLDING.matcher(task);
        boolean anyScaffolding = scaffolding.find();
        Matcher url = URL.matcher(task);
        boolean anyUrl = url.find();
        Matcher runtimePackage = StackFrames.JVM_RUNTIME_PACKAGE.matcher(task);
        boolean anyRuntimePackage = runtimePackage.find();
        if (frames.isEmpty() && !anyScaffolding && !anyUrl && !anyRuntimePackage) {
            return task;
        }
        char[] text = task.toCharArray();
        for (boolean found = anyUrl; found; found = url.find()) {
            Arrays.fill(text, url.start(), url.end(), ' ');
        }
        for (boolean found = anyRuntimePackage; found; found = runtimePackage.find()) {
            Arrays.fill(text, runtimePackage.start(), runtimePackage.end(), ' ');
        }
        for (StackFrames.Found f : frames) {
            if (StackFrames.isRuntime(f)) { // StringBuilder.append, json/encoder.py: the runtime's words
                Arrays.fill(text, f.start(), f.end(), ' ');
            } else {
                Arrays.fill(text, f.locationStart(), f.locationEnd(), ' ');
            }
        }
        for (boolean found = anyScaffolding; found; found = scaffolding.find()) {
            Arrays.fill(text, scaffolding.start(), scaffolding.end(), ' ');
        }
        if (!frames.isEmpty()) {
            Matcher hex = HEX.matcher(task);
            while (hex.find()) {
                Arrays.fill(text, hex.start(), hex.end(), ' ');
            }
            for (StackFrames.Found f : frames) { // github, com, gohugoio match code by chance
                if (f.importStart() >= 0) {
                    Arrays.fill(text, f.importStart(), f.moduleEnd(task), ' ');
                }
            }
        }
        return new String(text);
    }

    /**
     * A word named as a kind of code ("the where function", "the with template action", "the add
     * filter"): a name, even when it is also a stop word. Not the adjectives that also precede such
     * nouns ("the new function", "the same method").
     */
    private static final Pattern NAMED_AS_CODE = Pattern.compile(
            "(?i)\\b(?:the|a|an)\\s+(?!(?:new|same|other|own|more|most|only|such|each|every|all|any|some|both|either"
            + "|neither|very)\\s)([a-z]+)\\s+(?:[a-z]+\\s+)?(?:functions?|funcs?|methods?|filters?|helpers?"
            + "|hooks?|commands?|subcommands?|options?|flags?|keywords?|directives?|macros?|actions?|operators?)\\b");

    static List<String> terms(String task) {
        Set<String> named = new HashSet<>();
        Matcher m = NAMED_AS_CODE.matcher(task);
        while (m.find()) {
            named.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String term : IdentifierSplitter.terms(task)) {
            if (out.size() >= MAX_TERMS) {
                break;
            }
            boolean stop = StopWords.ALL.contains(term) && !named.contains(term);
            if (term.length() < 2 || stop || isShortNumber(term)) {
                continue;
            }
            out.add(term);
        }
        return List.copyOf(out);
    }

    private static List<Mention> mentions(String task, List<StackFrames.Found> frames) {
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

    private static boolean isShortNumber(String term) {
        return term.length() < 3 && term.chars().allMatch(Character::isDigit);
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
