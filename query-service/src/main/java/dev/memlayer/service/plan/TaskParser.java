package dev.memlayer.service.plan;

import dev.memlayer.model.text.IdentifierSplitter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task text → {@link TaskQuery}: search terms (identifier-split, stop words dropped, in order of appearance),
 * the mentions {@link MentionFinder} finds, the area a commit-style prefix names ({@link CommitScope}) and how
 * many terms the first line gives. Pure: no I/O, no snapshot; the same text always gives the same query.
 */
public final class TaskParser {

    static final int MAX_TERMS = 64;

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
        return new TaskQuery(terms, MentionFinder.find(task, frames), List.of(), CommitScope.of(task).orElse(""),
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
     * java.lang.} of {@code java.lang.IllegalStateException}: {@code lang} found {@code Lang.java}). Web
     * addresses go in any text: an issue link or a reference ({@code https://www.python.org/dev/peps/pep-0519/})
     * gave {@code https}, {@code www}, {@code org}, {@code dev} and the project's own name, words that match code
     * by chance (held-out MRR .683 → .686, the dev set unchanged).
     */
    private static String termText(String task, List<StackFrames.Found> frames) {
        char[] text = task.toCharArray();
        blank(text, URL.matcher(task));
        blank(text, StackFrames.JVM_RUNTIME_PACKAGE.matcher(task));
        blank(text, TRACE_SCAFFOLDING.matcher(task));
        for (StackFrames.Found f : frames) {
            if (StackFrames.isRuntime(f)) { // StringBuilder.append, json/encoder.py: the runtime's words
                Arrays.fill(text, f.start(), f.end(), ' ');
            } else {
                Arrays.fill(text, f.locationStart(), f.locationEnd(), ' ');
            }
            if (f.importStart() >= 0) { // github, com, gohugoio match code by chance
                Arrays.fill(text, f.importStart(), f.moduleEnd(task), ' ');
            }
        }
        if (!frames.isEmpty()) {
            blank(text, HEX.matcher(task));
        }
        return new String(text);
    }

    /** Every match of {@code m} in the text it reads, as spaces in {@code text} (a copy of that text). */
    private static void blank(char[] text, Matcher m) {
        while (m.find()) {
            Arrays.fill(text, m.start(), m.end(), ' ');
        }
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

    private static boolean isShortNumber(String term) {
        return term.length() < 3 && term.chars().allMatch(Character::isDigit);
    }
}
