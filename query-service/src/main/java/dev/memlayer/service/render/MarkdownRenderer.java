package dev.memlayer.service.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Formats the context as Markdown ready to prepend to an agent prompt: a marker line an injector
 * can find and replace ({@link #MARKER_PREFIX} … {@link #END_MARKER}), a title, a ranked table of
 * contents, then one section per file (whole text, numbered snippets, an outline of signatures,
 * or the path alone). It formats what it is given and never chooses.
 *
 * <p>Every piece ends with a newline and starts with a non-blank character, so the tokenizer's
 * pre-split never joins two pieces and a piece's token count is the same alone as inside the
 * whole text: the assembler counts each piece once and adds.
 */
public final class MarkdownRenderer {

    /** First characters of the first line of every context memlayer renders. */
    public static final String MARKER_PREFIX = "<!-- memlayer:context v1 ";
    /** Last line of every context memlayer renders. */
    public static final String END_MARKER = "<!-- /memlayer:context -->\n";
    static final String CONTENTS_TITLE = "Files, in rank order:\n";
    static final int MAX_SIGNATURE_CHARS = 160;
    /** Pinned paths named at most, each clipped to {@value #MAX_NOT_FOUND_CHARS} characters. */
    static final int MAX_NOT_FOUND = 3;
    static final int MAX_NOT_FOUND_CHARS = 100;

    private static final Set<String> NO_FENCE_TAG = Set.of("other", "text");

    private MarkdownRenderer() {
    }

    /** Marker line and title. */
    public static String header(String projectName, long version, String commit) {
        return marker("context", projectName, version, commit, "") + "# Context: " + projectName + " (snapshot "
                + version + ")\n";
    }

    /**
     * The marker line of any document memlayer renders ({@code context}, {@code explore}, …): the same
     * fields in the same order, so one injector finds and replaces all of them. {@code extra} is
     * appended as is ({@code " key=value …"} or empty).
     */
    public static String marker(String kind, String projectName, long version, String commit, String extra) {
        String shortCommit = commit == null || commit.isEmpty() ? "none" : commit.substring(0, Math.min(12, commit.length()));
        return "<!-- memlayer:" + kind + " v1 project=" + projectName.replace("--", "-").replace(' ', '_')
                + " snapshot=" + version + " commit=" + shortCommit + extra + " -->\n";
    }

    /** The end marker matching {@link #marker}. */
    public static String endMarker(String kind) {
        return "<!-- /memlayer:" + kind + " -->\n";
    }

    /** A signature on one line, clipped as in outlines. */
    public static String signatureLine(String signature) {
        return clip(oneLine(signature));
    }

    /**
     * The line under the title that names pinned paths the snapshot does not hold (a typo, a file added since), so
     * an agent that reads only the Markdown learns it too; empty when there are none.
     */
    public static String notFound(List<String> pinnedPaths) {
        if (pinnedPaths.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder("Pinned but not in this snapshot: ").append(codes(pinnedPaths.stream()
                .limit(MAX_NOT_FOUND).map(p -> clip(printable(p), MAX_NOT_FOUND_CHARS)).toList()));
        if (pinnedPaths.size() > MAX_NOT_FOUND) {
            line.append(" and ").append(pinnedPaths.size() - MAX_NOT_FOUND).append(" more");
        }
        return line.append('\n').toString();
    }

    /**
     * A request's own text made safe to render: a lone surrogate (not UTF-8, which the tokenizer must read) becomes
     * U+FFFD, a control character {@code ?}, a backtick {@code '} (it would end the code span).
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                out.append('\uFFFD');
            } else if (Character.isISOControl(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp == '`' ? '\'' : cp);
            }
        });
        return out.toString();
    }

    /** Cost of the contents' title, charged once when the first file is taken. */
    public static String contentsTitle() {
        return CONTENTS_TITLE;
    }

    /**
     * What a contents line says after the representation: the file's strongest reason, then where its tests are
     * ({@code lexical: BM25 9.6 (rank 1) · tests: `src/test/…/ElementTest.java`}).
     */
    public static String contentsNote(String topReason, List<String> tests) {
        if (tests.isEmpty()) {
            return topReason;
        }
        String reason = topReason == null ? "" : topReason;
        return reason + (reason.isEmpty() ? "tests: " : " · tests: ") + codes(tests);
    }

    /** {@code `a`, `b`}: each as a code span, comma-separated. */
    private static String codes(List<String> texts) {
        return texts.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
    }

    public static String contentsLine(int rank, String path, String representation, String topReason) {
        return rank + ". `" + path + "` " + representation + (topReason == null || topReason.isBlank() ? ""
                : " — " + oneLine(topReason)) + "\n";
    }

    public static String whole(String path, String language, String text, int lines) {
        String body = text.endsWith("\n") ? text : text + "\n";
        String fence = fence(text);
        return "## " + path + " (whole, " + lines + " lines)\n" + fence + tag(language) + "\n" + body + fence + "\n\n";
    }

    /**
     * Numbered lines of each range, in file order, with an ellipsis line between ranges; the
     * heading names what the ranges show ({@code total L40-58}).
     */
    public static String snippets(String path, String language, List<String> lines, List<LineRange> ranges,
            List<String> labels) {
        StringBuilder body = new StringBuilder();
        int width = Integer.toString(lines.size()).length();
        LineRange previous = null;
        for (LineRange r : ranges) {
            if (previous != null) {
                body.append("…\n");
            }
            for (int n = r.first(); n <= Math.min(r.last(), lines.size()); n++) {
                String num = Integer.toString(n);
                body.append(" ".repeat(width - num.length())).append(num).append("| ").append(lines.get(n - 1))
                        .append('\n');
            }
            previous = r;
        }
        String fence = fence(body);
        String shows = labels.isEmpty() ? "" : ": " + String.join(", ", labels);
        return "## " + path + " (snippets" + shows + ")\n" + fence + tag(language) + "\n" + body + fence + "\n\n";
    }

    /** One outline entry: indentation by nesting depth, line range, signature. */
    public record OutlineLine(int depth, int lineStart, int lineEnd, String signature) {
    }

    public static String outline(String path, int lines, List<OutlineLine> entries, int hidden) {
        StringBuilder body = new StringBuilder();
        for (OutlineLine e : entries) {
            body.append("  ".repeat(e.depth())).append('L').append(e.lineStart());
            if (e.lineEnd() > e.lineStart()) {
                body.append('-').append(e.lineEnd());
            }
            body.append(' ').append(clip(oneLine(e.signature()))).append('\n');
        }
        if (hidden > 0) {
            body.append("… ").append(hidden).append(" more symbols\n");
        }
        String fence = fence(body);
        return "## " + path + " (outline, " + lines + " lines)\n" + fence + "\n" + body + fence + "\n\n";
    }

    public static String pathOnly(String path) {
        return "## " + path + " (path only)\n\n";
    }

    /**
     * The context's parts, in order: header, the table of contents (its title and a line per file;
     * nothing without files), the sections, the end marker. Joined, they are the context; each ends
     * with a newline and starts with a non-blank character, so their token counts add up.
     */
    public static List<String> parts(String header, List<String> contentsLines, List<String> sections) {
        List<String> parts = new ArrayList<>(3 + contentsLines.size() + sections.size());
        parts.add(header);
        if (!contentsLines.isEmpty()) {
            parts.add(CONTENTS_TITLE);
            parts.addAll(contentsLines);
        }
        parts.addAll(sections);
        parts.add(END_MARKER);
        return parts;
    }

    private static String clip(String s) {
        return clip(s, MAX_SIGNATURE_CHARS);
    }

    /** {@code s}, or its first {@code max} - 1 characters and an ellipsis: never longer than {@code max}. */
    public static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * Each run of ASCII whitespace (what regex {@code \\s} matches) as one space, then stripped: in one
     * pass, since every examined file's top reason goes through here.
     */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    private static String tag(String language) {
        return language == null || NO_FENCE_TAG.contains(language) ? "" : language;
    }

    /** A fence longer than any backtick run inside, so file text cannot close it. */
    private static String fence(CharSequence text) {
        if (text.toString().indexOf("```") < 0) {
            return "```";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
