package dev.memlayer.indexer.extract.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@link SourceScanner} found, as parallel arrays (no object per token): code tokens in order,
 * comments and string literals by byte span; plus byte offset → 1-based line, and the doc comment
 * right above a byte offset. Not thread-safe; one per file.
 */
public final class ScannedSource {

    public static final byte IDENT = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;
    public static final byte CHAR = 4;
    public static final byte STRING = 5;

    private final byte[] src;
    private byte[] kinds = new byte[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int tokens;
    private int[] commentSpans = new int[32];
    private int comments;
    private int[] stringSpans = new int[32];
    private int strings;
    private int[] lineStarts;

    ScannedSource(byte[] src) {
        this.src = src;
    }

    void addToken(byte kind, int start, int end) {
        if (tokens == kinds.length) {
            int size = tokens * 2;
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        kinds[tokens] = kind;
        starts[tokens] = start;
        ends[tokens] = end;
        tokens++;
    }

    void addComment(int start, int end) {
        if (comments * 2 == commentSpans.length) {
            commentSpans = Arrays.copyOf(commentSpans, commentSpans.length * 2);
        }
        commentSpans[comments * 2] = start;
        commentSpans[comments * 2 + 1] = end;
        comments++;
    }

    /** A string literal: the whole literal is a token; its content span feeds the lexical index. */
    void addString(int start, int contentStart, int contentEnd, int end) {
        addToken(STRING, start, end);
        if (strings * 2 == stringSpans.length) {
            stringSpans = Arrays.copyOf(stringSpans, stringSpans.length * 2);
        }
        stringSpans[strings * 2] = contentStart;
        stringSpans[strings * 2 + 1] = Math.max(contentStart, contentEnd);
        strings++;
    }

    public int tokenCount() {
        return tokens;
    }

    public byte kind(int token) {
        return kinds[token];
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The punctuation byte of a token, or 0 when it is not punctuation (or out of range). */
    public char punct(int token) {
        return token >= 0 && token < tokens && kinds[token] == PUNCT ? (char) src[starts[token]] : 0;
    }

    public boolean isIdent(int token) {
        return token >= 0 && token < tokens && kinds[token] == IDENT;
    }

    /** Whether the token is the identifier {@code word} (ASCII compare, no allocation). */
    public boolean is(int token, String word) {
        if (!isIdent(token) || ends[token] - starts[token] != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (src[starts[token] + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public String text(int token) {
        return text(starts[token], ends[token]);
    }

    public String text(int startByte, int endByte) {
        return new String(src, startByte, Math.max(0, endByte - startByte), StandardCharsets.UTF_8);
    }

    /** The first token starting at or after {@code byteOffset} (tokenCount() when none). */
    public int tokenAt(int byteOffset) {
        int lo = 0;
        int hi = tokens;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < byteOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int commentCount() {
        return comments;
    }

    public int commentStart(int i) {
        return commentSpans[i * 2];
    }

    public int commentEnd(int i) {
        return commentSpans[i * 2 + 1];
    }

    /** A comment's text without its markers. */
    public String commentText(int i) {
        return CommentText.strip(text(commentStart(i), commentEnd(i)));
    }

    public int stringCount() {
        return strings;
    }

    public int stringContentStart(int i) {
        return stringSpans[i * 2];
    }

    public String stringContent(int i) {
        return text(stringSpans[i * 2], stringSpans[i * 2 + 1]);
    }

    /** 1-based line of a byte offset. */
    public int line(int byteOffset) {
        if (lineStarts == null) {
            int count = 1;
            for (byte b : src) {
                if (b == '\n') {
                    count++;
                }
            }
            lineStarts = new int[count];
            int k = 1;
            for (int i = 0; i < src.length; i++) {
                if (src[i] == '\n') {
                    lineStarts[k++] = i + 1;
                }
            }
        }
        int idx = Arrays.binarySearch(lineStarts, byteOffset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** The line of the last byte of a span ending (exclusively) at {@code endByte}. */
    public int endLine(int startByte, int endByte) {
        return line(Math.max(startByte, endByte - 1));
    }

    /**
     * The {@code /**} doc comment right above {@code declStart} (only whitespace between), without
     * markers; null when none.
     */
    public String javadocAbove(int declStart) {
        int i = lastCommentBefore(declStart);
        if (i < 0 || !onlyWhitespace(commentEnd(i), declStart, Integer.MAX_VALUE)) {
            return null;
        }
        int s = commentStart(i);
        boolean doc = commentEnd(i) - s >= 5 && src[s] == '/' && src[s + 1] == '*' && src[s + 2] == '*'
                && src[s + 3] != '/';
        return doc ? emptyToNull(commentText(i)) : null;
    }

    /**
     * The block of {@code //} comments right above {@code declStart} (Go style: adjacent lines, no
     * blank line between them or before the declaration), joined by newlines; null when none.
     */
    public String lineCommentsAbove(int declStart) {
        int last = lastCommentBefore(declStart);
        if (last < 0 || !onlyWhitespace(commentEnd(last), declStart, 1)) {
            return null;
        }
        int first = last;
        while (first > 0 && onlyWhitespace(commentEnd(first - 1), commentStart(first), 1)
                && startsLine(commentStart(first - 1))) {
            first--;
        }
        if (!startsLine(commentStart(first))) {
            return null; // a trailing comment of the previous line, not a doc block
        }
        StringBuilder doc = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (doc.length() > 0) {
                doc.append('\n');
            }
            doc.append(commentText(i));
        }
        return emptyToNull(doc.toString());
    }

    private int lastCommentBefore(int offset) {
        int lo = 0;
        int hi = comments;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (commentEnd(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private boolean onlyWhitespace(int from, int to, int maxNewlines) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            if (b == '\n') {
                if (++newlines > maxNewlines) {
                    return false;
                }
            } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private boolean startsLine(int offset) {
        for (int i = offset - 1; i >= 0 && src[i] != '\n'; i--) {
            if (src[i] != ' ' && src[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
