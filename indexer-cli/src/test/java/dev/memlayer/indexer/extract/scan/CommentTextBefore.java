package dev.memlayer.indexer.extract.scan;

/** {@link CommentText#strip} as it was before it worked by offsets, kept as the reference its output must equal. */
final class CommentTextBefore {

    private CommentTextBefore() {
    }

    /** Strips markers, trims every line, drops blank first/last lines; lines joined by '\n'. */
    static String strip(String comment) {
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

}
