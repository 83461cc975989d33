package dev.memlayer.service.plan;

/**
 * Something concrete the task names.
 *
 * @param kind   what sort of thing it is
 * @param text   the mention as written (a frame: its location as written, {@code C.java:42})
 * @param path   the file it points at, '/'-separated without a leading "./" or "/"; null when none
 *               (for a Java frame the package directory plus the file name, {@code com/acme/C.java})
 * @param line   1-based line in {@code path}, 0 when unknown
 * @param symbol the symbol name it points at ({@code total} for {@code Invoice.total}, the function
 *               of a frame); null when none
 */
public record Mention(Kind kind, String text, String path, int line, String symbol) {

    /**
     * {@code PATH} a path with a directory; {@code FILE} a bare file name with a known extension;
     * {@code SYMBOL} a CamelCase, snake_case or kebab-case identifier; {@code QUALIFIED} {@code Class.method},
     * {@code module.func}, {@code pkg::item}; {@code QUOTED} a quoted string or an error message;
     * {@code FRAME} a stack-trace frame with a file and a line.
     */
    public enum Kind { PATH, FILE, SYMBOL, QUALIFIED, QUOTED, FRAME }

    /** A mention without location: paths and files point at themselves, symbols name themselves. */
    public Mention(Kind kind, String text) {
        this(kind, text, kind == Kind.PATH || kind == Kind.FILE ? text : null, 0, implicitSymbol(kind, text));
    }

    private static String implicitSymbol(Kind kind, String text) {
        return switch (kind) {
            case SYMBOL -> text;
            case QUALIFIED -> QualifiedNames.lastSegment(text);
            default -> null;
        };
    }
}
