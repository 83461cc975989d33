package dev.memlayer.model.api;

/** Server-side time spent per phase, in milliseconds. */
public record Timings(double plan, double assemble, double total) {
}
