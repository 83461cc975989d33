package dev.memlayer.indexer.extract.treesitter;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers extractors share for declaration heads: identifier ends, signatures cut at the
 * body, words in a modifier prefix, type names without arguments. They read the file's bytes, not
 * the tree, so they cost no JNI calls.
 */
public final class Heads {

    private Heads() {
    }

    /** End of the identifier starting at {@code start} (Kotlin {@code `quoted`} names included). */
    public static int identifierEnd(byte[] src, int start) {
        int pos = start;
        if (pos < src.length && src[pos] == '`') {
            pos++;
            while (pos < src.length && src[pos] != '`' && src[pos] != '\n') {
                pos++;
            }
            return Math.min(pos + 1, src.length);
        }
        while (pos < src.length) {
            int c = src[pos] & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                    || c >= 0x80) {
                pos++;
            } else {
                break;
            }
        }
        return pos;
    }

    /** The identifier starting at {@code start}, backticks removed. */
    public static String identifier(byte[] src, int start) {
        int end = identifierEnd(src, start);
        String id = new String(src, start, end - start, StandardCharsets.UTF_8);
        return id.length() > 1 && id.charAt(0) == '`' ? id.substring(1, id.length() - 1) : id;
    }

    /**
     * A declaration head from {@code start} to {@code end}: whitespace runs collapsed to one space, a
     * space after an opening or before a closing bracket dropped (multi-line parameter lists read
     * as one line), trailing {@code ;}, {@code =} and {@code {} cut.
     */
    public static String signature(byte[] src, int start, int end) {
        String raw = new String(src, start, Math.max(0, Math.min(end, src.length) - start), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                char prev = out.charAt(out.length() - 1);
                if (prev != '(' && prev != '[' && c != ')' && c != ']') {
                    out.append(' ');
                }
                space = false;
            }
            out.append(c);
        }
        int len = out.length();
        while (len > 0 && (out.charAt(len - 1) == ';' || out.charAt(len - 1) == '{' || out.charAt(len - 1) == '='
                || out.charAt(len - 1) == ' ')) {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }

    /**
     * Whether {@code word} occurs as a whole word in {@code [start, end)} outside parentheses and
     * string literals: finds {@code private} among modifiers but not in {@code @Ann("private")}.
     */
    public static boolean hasWord(byte[] src, int start, int end, String word) {
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            byte b = src[i];
            if (quoted) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    quoted = false;
                }
            } else if (b == '"') {
                quoted = true;
            } else if (b == '(') {
                depth++;
            } else if (b == ')') {
                depth--;
            } else if (depth == 0 && b == word.charAt(0) && (i == start || !isWordByte(src[i - 1]))
                    && matches(src, i, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] src, int at, int end, String word) {
        if (at + word.length() > end) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (src[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return at + word.length() == end || !isWordByte(src[at + word.length()]);
    }

    private static boolean isWordByte(byte b) {
        int c = b & 0xff;
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c >= 0x80;
    }

    /**
     * A type as written without type arguments, annotations, nullability or pointer marks:
     * {@code @NonNull Map.Entry<K, V>?} → {@code Map.Entry}, {@code *pkg.T[int]} → {@code pkg.T}.
     */
    public static String typeName(String written) {
        StringBuilder out = new StringBuilder(written.length());
        int depth = 0;
        int i = 0;
        String s = written.strip();
        while (s.startsWith("@")) { // annotations before the type
            int sp = s.indexOf(' ');
            if (sp < 0) {
                return "";
            }
            s = s.substring(sp + 1).strip();
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '[' || c == '(') {
                depth++;
            } else if (c == '>' || c == ']' || c == ')') {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '*' && c != '?' && c != '&') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits {@code A<B, C>, D} at top-level commas. */
    public static java.util.List<String> splitTopLevel(String list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '<' || c == '(' || c == '[') {
                depth++;
            } else if (c == '>' || c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(from, i).strip());
                from = i + 1;
            }
        }
        String last = list.substring(from).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }
}
