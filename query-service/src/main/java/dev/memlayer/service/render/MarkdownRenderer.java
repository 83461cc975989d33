package dev.memlayer.service.render;

import java.util.List;
import java.util.Set;

/**
 * Formats the context as Markdown: a header, then one section per file (whole text, numbered
 * snippets, or just the path). It formats what it is given and never chooses; the assembler
 * measures exactly these strings, so what is counted is what is sent.
 */
public final class MarkdownRenderer {

    private static final Set<String> NO_FENCE_TAG = Set.of("other", "text");

    private MarkdownRenderer() {
    }

    public static String header(String projectName, long version) {
        return "# Context: " + projectName + " (snapshot " + version + ")\n\n";
    }

    public static String whole(String path, String language, String text, int lines) {
        String body = text.endsWith("\n") ? text : text + "\n";
        String fence = fence(text);
        return "## " + path + " (whole, " + lines + " lines)\n" + fence + tag(language) + "\n" + body + fence + "\n\n";
    }

    /** Numbered lines of each range, in file order, with an ellipsis line between ranges. */
    public static String snippets(String path, String language, List<String> lines, List<LineRange> ranges) {
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
        return "## " + path + " (snippets)\n" + fence + tag(language) + "\n" + body + fence + "\n\n";
    }

    public static String pathOnly(String path) {
        return "## " + path + " (path only)\n\n";
    }

    public static String join(String header, List<String> sections) {
        StringBuilder out = new StringBuilder(header);
        sections.forEach(out::append);
        return out.toString();
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
