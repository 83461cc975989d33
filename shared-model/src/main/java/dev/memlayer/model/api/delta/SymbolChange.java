package dev.memlayer.model.api.delta;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A symbol present on both sides whose signature changed.
 *
 * @param lineStart where it starts on the {@code to} side
 */
public record SymbolChange(String kind, String name, String container, String before, String after,
        @JsonProperty("line_start") int lineStart, @JsonProperty("line_end") int lineEnd) {
}
