package dev.memlayer.indexer.hook;

/**
 * What install or uninstall did to one hook file, for one line of output.
 *
 * @param hook   e.g. {@code post-commit}
 * @param file   the hook's path
 * @param action e.g. {@code installed}, {@code updated}, {@code unchanged}, {@code removed}
 * @param detail a note such as {@code your previous hook is kept as post-commit.memlayer-chained}; may be empty
 */
public record HookChange(String hook, String file, String action, String detail) {
}
