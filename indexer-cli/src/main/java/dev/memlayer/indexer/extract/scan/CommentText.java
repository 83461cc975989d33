package dev.memlayer.indexer.extract.scan;

/** Comment text without its markers ({@code //}, {@code /*}, {@code /**}, leading {@code *}). */
public final class CommentText {

    private CommentText() {
    }

    /**
     * Strips markers, trims every line, drops blank first/last lines; lines joined by '\n'. By offsets into
     * {@code comment}, without a string per line: every comment of every parsed file goes through here.
     */
    public static String strip(String comment) {
        if (comment.startsWith("//")) {
            return comment.substring(comment.startsWith("///") ? 3 : 2).strip();
        }
        int from = 0;
        int to = comment.length();
        if (comment.startsWith("/*")) {
            from = comment.startsWith("/**") && !comment.startsWith("/**/") ? 3 : 2;
            if (to - from >= 2 && comment.startsWith("*/", to - 2)) {
                to -= 2;
            }
        }
        StringBuilder out = new StringBuilder(to - from);
        int pos = from;
        while (pos <= to) {
            int nl = comment.indexOf('\n', pos);
            if (nl >= to) {
                nl = -1;
            }
            int start = skipSpace(comment, pos, nl < 0 ? to : nl);
            int end = nl < 0 ? to : nl;
            while (end > start && Character.isWhitespace(comment.charAt(end - 1))) {
                end--;
            }
            if (start < end && comment.charAt(start) == '*') {
                start = skipSpace(comment, start + 1, end);
            }
            if (start < end || out.length() > 0) {
                out.append(comment, start, end).append('\n');
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out.toString().strip();
    }

    /** The first offset from {@code start} (before {@code end}) that is not whitespace, as {@link String#strip}. */
    private static int skipSpace(String s, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Every line of a comment body trimmed, a leading {@code *} (and the space after it) dropped, lines
     * joined by '\n', blank lines kept: the block-comment rule of the tree-sitter extractors.
     */
    public static String withoutLineStars(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("*")) {
                l = l.substring(1).strip();
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(l);
        }
        return out.toString();
    }
}
