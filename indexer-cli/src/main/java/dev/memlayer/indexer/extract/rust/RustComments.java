package dev.memlayer.indexer.extract.rust;

import dev.memlayer.indexer.extract.scan.CommentText;

/** Rust comment text without its markers ({@code ///}, {@code //!}, {@code /** *}{@code /}, leading {@code *}). */
final class RustComments {

    private RustComments() {
    }

    /** Leading {@code *} per line of a block doc body dropped. */
    static String stripBlock(String body) {
        if (body.indexOf('\n') < 0) {
            return body;
        }
        return CommentText.withoutLineStars(body);
    }

    /** {@code /// x}, {@code //! x}, {@code // x}, block comments → {@code x}. */
    static String stripComment(String c) {
        if (c.startsWith("//")) {
            int i = 2;
            while (i < c.length() && (c.charAt(i) == '/' || c.charAt(i) == '!')) {
                i++;
            }
            return c.substring(i).strip();
        }
        String body = c.startsWith("/*") ? c.substring(2) : c;
        if (body.startsWith("*") || body.startsWith("!")) {
            body = body.substring(1);
        }
        if (body.endsWith("*/")) {
            body = body.substring(0, body.length() - 2);
        }
        return stripBlock(body).strip();
    }
}
