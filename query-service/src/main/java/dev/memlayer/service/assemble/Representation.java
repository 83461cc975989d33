package dev.memlayer.service.assemble;

import java.util.Locale;

/** How much of a file goes into the context, from most to least; assembly degrades in this order. */
public enum Representation {
    WHOLE, SNIPPETS, OUTLINE, PATH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
