package dev.memlayer.service.assemble;

import dev.memlayer.service.rank.RankedFile;

/** A file as it went into the context: its rendered section and what that section costs. */
public record AssembledFile(RankedFile ranked, Representation representation, String section, int tokens) {
}
