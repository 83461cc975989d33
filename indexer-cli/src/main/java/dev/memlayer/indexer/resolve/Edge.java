package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.EdgeKind;

/** One resolved edge of a snapshot's file graph ({@code edges} row). */
public record Edge(EdgeKind kind, String src, String dst, double weight, String evidence) {
}
