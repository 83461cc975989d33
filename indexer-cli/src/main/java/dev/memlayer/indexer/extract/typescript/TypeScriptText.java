package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.extract.scan.CommentText;

/** Text clean-up for TypeScript and JavaScript signatures and comments. */
final class TypeScriptText {

    private TypeScriptText() {
    }

    /** Cuts a trailing {@code {}, {@code =>} or {@code =} from a declaration head. */
    static String trimHead(String head) {
        String h = head;
        if (h.endsWith("{")) {
            h = h.substring(0, h.length() - 1).stripTrailing();
        }
        if (h.endsWith("=>")) {
            h = h.substring(0, h.length() - 2).stripTrailing();
        }
        if (h.endsWith("=")) {
            h = h.substring(0, h.length() - 1).stripTrailing();
        }
        if (h.endsWith(";")) {
            h = h.substring(0, h.length() - 1).stripTrailing();
        }
        return h;
    }

    /** {@code // x}, {@code /* x *}{@code /}, {@code /** x *}{@code /} → {@code x}, leading {@code *} per line dropped. */
    static String stripComment(String c) {
        if (c.startsWith("//")) {
            return c.substring(2).strip();
        }
        String body = c;
        if (body.startsWith("/*")) {
            body = body.substring(body.startsWith("/**") ? 3 : 2);
        }
        if (body.endsWith("*/")) {
            body = body.substring(0, body.length() - 2);
        }
        return CommentText.withoutLineStars(body).strip();
    }
}
