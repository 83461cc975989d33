package dev.memlayer.model.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A symbol of an included file. */
public record SymbolEntry(
        String kind,
        String name,
        String signature,
        @JsonProperty("line_start") int lineStart,
        @JsonProperty("line_end") int lineEnd) {
}
