package dev.memlayer.model.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A symbol as the overview endpoints (files, delta) show it.
 *
 * @param container enclosing qualified name, or null at top level
 */
public record SymbolRef(
        String kind,
        String name,
        String container,
        String signature,
        @JsonProperty("line_start") int lineStart,
        @JsonProperty("line_end") int lineEnd,
        boolean exported) {
}
