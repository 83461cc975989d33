package dev.memlayer.service.assemble;

import java.util.Set;

/**
 * Finds a task word in code text where it is a word: a whole word or one part of an identifier ({@code cert}
 * in {@code certFile}, {@code ssl_cert}, {@code SSL_CERT}), plainly inflected ({@code printer}, {@code printed}
 * for {@code print}; {@code signature} for {@code signatures}), but never inside another word ({@code cert} in
 * {@code certain} or {@code concert}). Case is ignored except where it marks the parts of an identifier. The one
 * rule for where a word occurs, for {@link TermRarity} and the line weights of {@link SnippetCutter}.
 */
final class WordFinder {

    /** Endings a word may carry after the form the task wrote (or its singular). */
    private static final Set<String> ENDINGS = Set.of("s", "es", "ed", "er", "ers", "ing", "ings", "ion", "ions",
            "ly");
    /** Endings only after a final e ({@code used}, {@code parser}), where they cannot make another short word. */
    private static final Set<String> AFTER_E = Set.of("d", "r", "rs");
    private static final int LONGEST_ENDING = 4;

    private final String text;
    private final String lower;

    /** Over {@code text}, lower-cased once; lines joined with '\n' may be searched as one text. */
    WordFinder(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]); // char by char, so positions match the text
        }
        this.lower = new String(chars);
    }

    /**
     * The form of a task word searched for: its singular when it reads as a plural ({@code signatures} →
     * {@code signature}), which the endings bring back.
     */
    static String stem(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    /** Whether the text holds the word ({@link #stem} of a lower-case task word). */
    boolean holds(String stem) {
        return next(stem, 0) >= 0;
    }

    /** The first place at or after {@code from} where the word ({@link #stem} form) occurs as a word, or -1. */
    int next(String stem, int from) {
        for (int at = lower.indexOf(stem, from); at >= 0; at = lower.indexOf(stem, at + 1)) {
            if (startsPart(at) && endsPart(at + stem.length())) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a part of a word begins at {@code at}: after a non-letter, or at a capital after a small letter. */
    private boolean startsPart(int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        char first = text.charAt(at);
        if (!Character.isLetterOrDigit(before)) {
            return true;
        }
        if (Character.isUpperCase(first)) {
            // getCert; or the last capital of an acronym that starts the next part (HTTPServer at "Server")
            return !Character.isUpperCase(before)
                    || at + 1 < text.length() && Character.isLowerCase(text.charAt(at + 1));
        }
        return Character.isDigit(before) != Character.isDigit(first);
    }

    /** Whether the part found before {@code end} ends there, or after one of the {@link #ENDINGS}. */
    private boolean endsPart(int end) {
        if (end == text.length() || boundaryAt(end)) {
            return true;
        }
        boolean capitals = Character.isUpperCase(text.charAt(end - 1));
        int run = end;
        while (run < text.length() && run - end <= LONGEST_ENDING && sameCase(text.charAt(run), capitals)) {
            run++;
        }
        return run - end <= LONGEST_ENDING && (run == text.length() || boundaryAt(run))
                && isEnding(lower.substring(end, run), lower.charAt(end - 1));
    }

    /** Whether a part ending before {@code end} cannot go on there. */
    private boolean boundaryAt(int end) {
        char next = text.charAt(end);
        if (!Character.isLetter(next)) {
            return true;
        }
        // certFile: a capital after a small letter begins the next part, and so does the last capital of a run
        // before a small letter (HTTPServer); in CERTAIN none does
        return Character.isUpperCase(next) && (Character.isLowerCase(text.charAt(end - 1))
                || end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1)));
    }

    private static boolean isEnding(String ending, char last) {
        return ENDINGS.contains(ending) || last == 'e' && AFTER_E.contains(ending);
    }

    private static boolean sameCase(char c, boolean capitals) {
        return capitals ? Character.isUpperCase(c) : Character.isLowerCase(c);
    }
}
