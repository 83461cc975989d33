package dev.memlayer.model.api.symbols;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One symbol found by {@code GET /v1/projects/{project}/symbols}.
 *
 * @param match {@code exact}, {@code prefix} or {@code hump} (camelCase humps: {@code HCon} → {@code HttpConnection})
 * @param score higher is better; hits are in score order
 */
public record SymbolHit(
        String name,
        String kind,
        String container,
        String signature,
        String path,
        @JsonProperty("line_start") int lineStart,
        @JsonProperty("line_end") int lineEnd,
        boolean exported,
        String match,
        double score) {
}
