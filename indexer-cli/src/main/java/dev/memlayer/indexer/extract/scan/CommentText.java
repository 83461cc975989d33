package dev.memlayer.indexer.extract.scan;

/** Comment text without its markers ({@code //}, {@code /*}, {@code /**}, leading {@code *}). */
public final class CommentText {

    private CommentText() {
    }

    /** Strips markers, trims every line, drops blank first/last lines; lines joined by '\n'. */
    public static String strip(String comment) {
        String body = comment;
        if (body.startsWith("//")) {
            body = body.substring(body.startsWith("///") ? 3 : 2);
            return body.strip();
        }
        if (body.startsWith("/*")) {
            body = body.substring(body.startsWith("/**") && !body.startsWith("/**/") ? 3 : 2);
            if (body.endsWith("*/")) {
                body = body.substring(0, body.length() - 2);
            }
        }
        StringBuilder out = new StringBuilder(body.length());
        int pos = 0;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            String line = (nl < 0 ? body.substring(pos) : body.substring(pos, nl)).strip();
            if (line.startsWith("*")) {
                line = line.substring(1).strip();
            }
            if (!line.isEmpty() || out.length() > 0) {
                out.append(line).append('\n');
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out.toString().strip();
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
