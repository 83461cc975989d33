package dev.memlayer.indexer.extract.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, tolerant TOML reader for the manifest sections we need ({@code Cargo.toml}, {@code
 * pyproject.toml}). Reads tables ({@code [a.b]}, {@code [a.'quoted'.c]}, {@code [[array]]} as the
 * last one), keys (bare, quoted, dotted), basic/literal strings and multi-line strings, arrays
 * (across lines, nested), inline tables; numbers, booleans and dates are kept as their text.
 * Limits: no escapes beyond the common ones (quote, backslash, n, t and 4-digit u); a malformed line is
 * skipped and counted, never thrown. Returns table name → key → value (String, List, Map).
 */
final class TomlTableReader {

    private final String s;
    private int i;
    private int errors;

    private TomlTableReader(String text) {
        this.s = text;
    }

    /** The parsed tables and the number of lines that could not be read. */
    record Result(Map<String, Map<String, Object>> tables, int errors) {
    }

    static Result read(String text) {
        TomlTableReader r = new TomlTableReader(text);
        Map<String, Map<String, Object>> tables = r.document();
        return new Result(tables, r.errors);
    }

    private Map<String, Map<String, Object>> document() {
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        Map<String, Object> current = tables.computeIfAbsent("", k -> new LinkedHashMap<>());
        while (i < s.length()) {
            skipBlank();
            if (i >= s.length()) {
                break;
            }
            char c = s.charAt(i);
            try {
                if (c == '[') {
                    boolean array = s.startsWith("[[", i);
                    i += array ? 2 : 1;
                    String name = String.join(".", keyPath(']'));
                    i = Math.min(s.length(), i + (array ? 2 : 1));
                    current = new LinkedHashMap<>();
                    tables.put(name, current);
                } else {
                    List<String> key = keyPath('=');
                    expect('=');
                    Object value = value();
                    current.put(String.join(".", key), value);
                }
                endOfLine();
            } catch (IllegalStateException malformed) {
                errors++;
                skipLine();
            }
        }
        return tables;
    }

    private List<String> keyPath(char terminator) {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (i >= s.length()) {
                throw new IllegalStateException("eof in key");
            }
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                parts.add(string());
            } else {
                int start = i;
                while (i < s.length() && isBareKeyChar(s.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalStateException("empty key");
                }
                parts.add(s.substring(start, i));
            }
            skipSpaces();
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                continue;
            }
            if (i < s.length() && s.charAt(i) == terminator) {
                return parts;
            }
            throw new IllegalStateException("bad key");
        }
    }

    private Object value() {
        skipSpaces();
        if (i >= s.length()) {
            throw new IllegalStateException("eof in value");
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            return string();
        }
        if (c == '[') {
            i++;
            List<Object> out = new ArrayList<>();
            while (true) {
                skipBlank();
                if (i >= s.length()) {
                    throw new IllegalStateException("eof in array");
                }
                if (s.charAt(i) == ']') {
                    i++;
                    return out;
                }
                out.add(value());
                skipBlank();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                }
            }
        }
        if (c == '{') {
            i++;
            Map<String, Object> out = new LinkedHashMap<>();
            while (true) {
                skipSpaces();
                if (i >= s.length() || s.charAt(i) == '\n') {
                    throw new IllegalStateException("unterminated inline table");
                }
                if (s.charAt(i) == '}') {
                    i++;
                    return out;
                }
                List<String> key = keyPath('=');
                expect('=');
                out.put(String.join(".", key), value());
                skipSpaces();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                }
            }
        }
        int start = i;
        while (i < s.length() && ",]}\n#".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String scalar = s.substring(start, i).strip();
        if (scalar.isEmpty()) {
            throw new IllegalStateException("empty value");
        }
        return scalar;
    }

    private String string() {
        char q = s.charAt(i);
        boolean multi = s.startsWith(q == '"' ? "\"\"\"" : "'''", i);
        i += multi ? 3 : 1;
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == q && (!multi || s.startsWith(q == '"' ? "\"\"\"" : "'''", i))) {
                i += multi ? 3 : 1;
                return out.toString();
            }
            if (c == '\n' && !multi) {
                throw new IllegalStateException("unterminated string");
            }
            if (c == '\\' && q == '"' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 4 < s.length()) {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                    }
                    default -> out.append(e);
                }
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        throw new IllegalStateException("eof in string");
    }

    private void expect(char c) {
        skipSpaces();
        if (i >= s.length() || s.charAt(i) != c) {
            throw new IllegalStateException("expected " + c);
        }
        i++;
    }

    private void endOfLine() {
        skipSpaces();
        if (i < s.length() && s.charAt(i) == '#') {
            skipLine();
            return;
        }
        if (i < s.length() && s.charAt(i) != '\n') {
            throw new IllegalStateException("trailing text");
        }
    }

    private void skipSpaces() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
    }

    /** Spaces, newlines and comments. */
    private void skipBlank() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#') {
                skipLine();
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return;
            }
        }
    }

    private void skipLine() {
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
