package dev.memlayer.model.api;

/** A ranked file left out of the context, and why (budget, threshold, excluded). */
public record Omitted(String path, double score, String why) {
}
