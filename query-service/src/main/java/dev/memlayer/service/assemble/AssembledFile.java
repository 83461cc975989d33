package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.rank.RankedFile;
import java.util.List;

/**
 * A file as it went into the context: its contents line and rendered section, what both cost
 * together, the symbols the section shows (for a path or whole file: the file's top symbols), and
 * the file's tests (the contents line names them for the first files only).
 */
public record AssembledFile(RankedFile ranked, Representation representation, String contentsLine, String section,
        int tokens, List<SymbolFact> symbols, List<String> tests) {

    public AssembledFile {
        symbols = List.copyOf(symbols);
        tests = List.copyOf(tests);
    }

    /** A section as the chooser makes it, before the assembler knows the file's tests. */
    AssembledFile(RankedFile ranked, Representation representation, String contentsLine, String section, int tokens,
            List<SymbolFact> symbols) {
        this(ranked, representation, contentsLine, section, tokens, symbols, List.of());
    }

    AssembledFile withTests(List<String> paths) {
        return new AssembledFile(ranked, representation, contentsLine, section, tokens, symbols, paths);
    }
}
