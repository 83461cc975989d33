package dev.memlayer.indexer.extract.treesitter;

import java.util.function.Supplier;
import org.treesitter.TSLanguage;

/**
 * A tree-sitter grammar loaded on first use. Loading one unpacks and maps its native library (tens of
 * milliseconds each, nine grammars), and an incremental run usually parses one or two languages or
 * none, so extractors hold a {@code Grammar} instead of a {@link TSLanguage}. Thread-safe.
 */
public final class Grammar {

    private final Supplier<TSLanguage> loader;
    private volatile TSLanguage language;

    private Grammar(Supplier<TSLanguage> loader) {
        this.loader = loader;
    }

    /** @param loader the binding's constructor, e.g. {@code TreeSitterJava::new} (not called here) */
    public static Grammar of(Supplier<TSLanguage> loader) {
        return new Grammar(loader);
    }

    public TSLanguage get() {
        TSLanguage l = language;
        if (l == null) {
            synchronized (this) {
                l = language;
                if (l == null) {
                    NativeLibraryDir.ensure();
                    l = loader.get();
                    language = l;
                }
            }
        }
        return l;
    }
}
