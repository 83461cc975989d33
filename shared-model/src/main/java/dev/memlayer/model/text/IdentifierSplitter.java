package dev.memlayer.model.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lower-case search terms the same way on both sides: {@code HttpConnection} →
 * {@code http, connection}; {@code parse_header2} → {@code parse, header, 2}. Whole identifiers
 * are kept as well, because an exact whole-identifier match is far rarer and worth more.
 */
public final class IdentifierSplitter {

    private IdentifierSplitter() {
    }

    /** The identifiers ({@code [A-Za-z0-9_$]+} runs) of a text, in order, as written. */
    public static List<String> identifiers(CharSequence text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && isIdentifierChar(text.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(text.subSequence(start, i).toString());
                start = -1;
            }
        }
        return out;
    }

    /** The parts of one identifier, lower-cased, in order; empty parts dropped. */
    public static List<String> parts(String identifier) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '_' || c == '$' || c == '-') {
                flush(cur, out);
                continue;
            }
            if (cur.length() > 0) {
                char prev = identifier.charAt(i - 1);
                boolean lowerToUpper = Character.isUpperCase(c) && Character.isLowerCase(prev);
                boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
                        && i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1))
                        && !isPluralS(identifier, i + 1);
                boolean digitEdge = Character.isDigit(c) != Character.isDigit(prev);
                if (lowerToUpper || acronymEnd || digitEdge) {
                    flush(cur, out);
                }
            }
            cur.append(Character.toLowerCase(c));
        }
        flush(cur, out);
        return out;
    }

    /** Every term of a text: each identifier lower-cased whole, followed by its parts; no duplicates. */
    public static Set<String> terms(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : identifiers(text)) {
            out.add(id.toLowerCase(Locale.ROOT));
            out.addAll(parts(id));
        }
        return out;
    }

    /**
     * Whether the lower-case letter at {@code i} is a lone plural {@code s} after an acronym ({@code URLs},
     * {@code IDs}, {@code getAPIsFor}): the acronym keeps its {@code s} rather than lending its last
     * capital to a word that does not exist ({@code ur} + {@code ls}).
     */
    private static boolean isPluralS(String identifier, int i) {
        return identifier.charAt(i) == 's'
                && (i + 1 == identifier.length() || !Character.isLowerCase(identifier.charAt(i + 1)));
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
