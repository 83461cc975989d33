package dev.memlayer.model.api;

/** The token budget: {@code used <= limit}, always, measured on the rendered context by {@code estimator}. */
public record Budget(int limit, int used, String estimator) {
}
