package dev.memlayer.model.api;

/** One signal's contribution to a file's score, with the evidence that produced it. */
public record Reason(String signal, double weight, String evidence) {
}
