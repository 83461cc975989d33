package dev.memlayer.service.plan;

/** Something concrete the task names: a path or file name, a {@code Class.method}, an identifier, a quoted string. */
public record Mention(Kind kind, String text) {

    public enum Kind { PATH, SYMBOL, IDENTIFIER, QUOTED }
}
