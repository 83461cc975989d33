package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.rank.RankedFile;
import java.util.List;

/**
 * A file as it went into the context: its contents line and rendered section, what both cost
 * together, and the symbols the section shows (for a path or whole file: the file's top symbols).
 */
public record AssembledFile(RankedFile ranked, Representation representation, String contentsLine, String section,
        int tokens, List<SymbolFact> symbols) {

    public AssembledFile {
        symbols = List.copyOf(symbols);
    }
}
