package dev.memlayer.indexer.extract.scan;

/**
 * Scans C-family source bytes once into {@link ScannedSource}: code tokens (identifiers, numbers,
 * punctuation, literals), comments and string literals. Works on UTF-8 bytes (non-ASCII bytes are
 * identifier parts), never throws, and tolerates unterminated literals (they run to the end).
 */
public final class SourceScanner {

    /** Deeper Kotlin template nesting than this is treated as plain string text. */
    private static final int MAX_TEMPLATE_DEPTH = 32;

    private final byte[] src;
    private final ScanSyntax syntax;
    private final ScannedSource out;

    private SourceScanner(byte[] src, ScanSyntax syntax) {
        this.src = src;
        this.syntax = syntax;
        this.out = new ScannedSource(src);
    }

    public static ScannedSource scan(byte[] utf8, ScanSyntax syntax) {
        SourceScanner s = new SourceScanner(utf8, syntax);
        s.code(0, false, 0);
        return s.out;
    }

    /**
     * Scans code from {@code pos}; inside a template ({@code inTemplate}) stops after the '}' that
     * closes it. Returns the position after the last consumed byte.
     */
    private int code(int pos, boolean inTemplate, int depth) {
        int braces = 0;
        int n = src.length;
        while (pos < n) {
            int c = src[pos] & 0xff;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < n && src[pos + 1] == '/') {
                int end = pos + 2;
                while (end < n && src[end] != '\n') {
                    end++;
                }
                out.addComment(pos, end);
                pos = end;
            } else if (c == '/' && pos + 1 < n && src[pos + 1] == '*') {
                pos = blockComment(pos);
            } else if (c == '"') {
                pos = string(pos, depth);
            } else if (c == '\'') {
                pos = charLiteral(pos);
            } else if (c == '`') {
                pos = syntax.backtickStrings() ? rawString(pos) : quotedIdentifier(pos);
            } else if (isIdentStart(c)) {
                int end = pos + 1;
                while (end < n && isIdentPart(src[end] & 0xff)) {
                    end++;
                }
                out.addToken(ScannedSource.IDENT, pos, end);
                pos = end;
            } else if (c >= '0' && c <= '9') {
                int end = pos + 1;
                while (end < n && (isIdentPart(src[end] & 0xff) || src[end] == '.' && end + 1 < n
                        && src[end + 1] >= '0' && src[end + 1] <= '9')) {
                    end++;
                }
                out.addToken(ScannedSource.NUMBER, pos, end);
                pos = end;
            } else {
                if (inTemplate) {
                    if (c == '{') {
                        braces++;
                    } else if (c == '}') {
                        if (braces == 0) {
                            return pos + 1;
                        }
                        braces--;
                    }
                }
                out.addToken(ScannedSource.PUNCT, pos, pos + 1);
                pos++;
            }
        }
        return pos;
    }

    private int blockComment(int start) {
        int n = src.length;
        int pos = start + 2;
        int nesting = 1;
        while (pos < n) {
            if (src[pos] == '*' && pos + 1 < n && src[pos + 1] == '/') {
                pos += 2;
                if (--nesting == 0) {
                    break;
                }
            } else if (syntax.nestedBlockComments() && src[pos] == '/' && pos + 1 < n && src[pos + 1] == '*') {
                pos += 2;
                nesting++;
            } else {
                pos++;
            }
        }
        out.addComment(start, Math.min(pos, n));
        return Math.min(pos, n);
    }

    private int string(int start, int depth) {
        int n = src.length;
        boolean triple = syntax.tripleQuoteStrings() && start + 2 < n && src[start + 1] == '"' && src[start + 2] == '"';
        int quoteLen = triple ? 3 : 1;
        int pos = start + quoteLen;
        int contentStart = pos;
        while (pos < n) {
            byte b = src[pos];
            if (b == '\\' && !(triple && syntax.templates())) {
                pos += 2;
            } else if (b == '\\') {
                pos++;
            } else if (b == '"' && (!triple || pos + 2 < n && src[pos + 1] == '"' && src[pos + 2] == '"')) {
                if (triple) {
                    while (pos + 3 < n && src[pos + 3] == '"') {
                        pos++; // """a"""" ends with the last three quotes
                    }
                }
                out.addString(start, contentStart, pos, pos + quoteLen);
                return pos + quoteLen;
            } else if (b == '\n' && !triple) {
                break; // unterminated single-line string: stop at the line end
            } else if (syntax.templates() && b == '$' && pos + 1 < n && src[pos + 1] == '{'
                    && depth < MAX_TEMPLATE_DEPTH) {
                pos = code(pos + 2, true, depth + 1);
            } else {
                pos++;
            }
        }
        int end = Math.min(pos, n);
        out.addString(start, contentStart, end, end);
        return end;
    }

    private int charLiteral(int start) {
        int n = src.length;
        int pos = start + 1;
        while (pos < n && src[pos] != '\'' && src[pos] != '\n') {
            pos += src[pos] == '\\' ? 2 : 1;
        }
        int end = Math.min(pos + 1, n);
        out.addToken(ScannedSource.CHAR, start, end);
        return end;
    }

    private int rawString(int start) {
        int n = src.length;
        int pos = start + 1;
        while (pos < n && src[pos] != '`') {
            pos++;
        }
        out.addString(start, start + 1, Math.min(pos, n), Math.min(pos + 1, n));
        return Math.min(pos + 1, n);
    }

    /** Kotlin {@code `some name`}: one identifier token, backticks included. */
    private int quotedIdentifier(int start) {
        int n = src.length;
        int pos = start + 1;
        while (pos < n && src[pos] != '`' && src[pos] != '\n') {
            pos++;
        }
        int end = Math.min(pos + 1, n);
        out.addToken(ScannedSource.IDENT, start, end);
        return end;
    }

    static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || c >= 0x80;
    }

    static boolean isIdentPart(int c) {
        return isIdentStart(c) || c >= '0' && c <= '9';
    }
}
