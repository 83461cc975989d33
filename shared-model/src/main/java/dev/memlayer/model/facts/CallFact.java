package dev.memlayer.model.facts;

/** Calls to one callee name ({@code save} for {@code repo.save(x)}) in a file: how many, and the first line. */
public record CallFact(String callee, int count, int firstLine) {
}
