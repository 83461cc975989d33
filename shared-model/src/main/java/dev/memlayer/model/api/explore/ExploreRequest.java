package dev.memlayer.model.api.explore;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /v1/explore} body. Optional fields may be null.
 *
 * @param project      name, id or root path of a registered project (required)
 * @param queryType    {@code general} (default), {@code bugfix}, {@code feature}, {@code refactor}, {@code incident}:
 *                     which layers, in which order
 * @param detail       {@code compact}, {@code normal} (default), {@code verbose}: how much of each layer
 * @param budgetTokens optional hard cap on the tokens of the rendered overview
 * @param snapshot     a version number or a commit sha (prefix of at least 7 hex digits); null for the latest
 * @param format       {@code json} (default) or {@code markdown} (the rendered overview alone)
 */
public record ExploreRequest(
        String project,
        @JsonProperty("query_type") String queryType,
        String detail,
        @JsonProperty("budget_tokens") Integer budgetTokens,
        String snapshot,
        String format) {
}
