package dev.memlayer.service.read;

/**
 * A symbol defined in one file of a view, as the current extractor version stored it.
 *
 * @param container enclosing qualified name, or null at top level
 */
public record FileSymbol(String kind, String name, String container, String signature, int lineStart, int lineEnd,
        boolean exported) {
}
