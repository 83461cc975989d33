package dev.memlayer.indexer.extract;

import dev.memlayer.model.facts.Language;
import java.util.Set;

/**
 * Whether a source file is worth a parser: a minified bundle (one enormous line, or a few) or a
 * very large source file yields no symbols anyone navigates, yet costs more parse time than
 * hundreds of ordinary files. Such a file is still indexed (path, content, lexical terms); only
 * fact extraction is skipped. Decided from the bytes alone, so the same rule holds for every
 * repository; manifests and other non-code files are never judged (a one-line package.json is
 * still a manifest).
 */
public final class ParseWorth {

    /** Source files larger than this are lexical-only (bytes). */
    static final int MAX_PARSED_BYTES = 512 * 1024;
    /** Files from this size on are judged by their line length (bytes)… */
    static final int MIN_JUDGED_BYTES = 4 * 1024;
    /** …and are minified when their lines average this many bytes or more. */
    static final int MINIFIED_AVERAGE_LINE = 300;

    private static final Set<Language> CODE = Set.of(Language.JAVA, Language.KOTLIN, Language.PYTHON,
            Language.TYPESCRIPT, Language.TSX, Language.JAVASCRIPT, Language.GO, Language.RUST);

    private ParseWorth() {
    }

    /**
     * False for a code file that is very large or minified.
     *
     * @param lines the file's line count (as {@code FileDigest.lines()} counts them)
     */
    public static boolean worthParsing(Language language, int length, int lines) {
        if (!CODE.contains(language) || length < MIN_JUDGED_BYTES) {
            return true;
        }
        return length <= MAX_PARSED_BYTES && length / Math.max(1, lines) < MINIFIED_AVERAGE_LINE;
    }
}
