package dev.memlayer.service.read;

import dev.memlayer.model.facts.SymbolFact;
import java.util.List;

/**
 * One file's symbols as an answer shows them, in line order, and the extraction row they came from: a content's
 * symbols change only when a newer extractor version reads it, and that row's id changes with them, so what is
 * remembered of them (an outline's token count) is keyed by it.
 *
 * @param extraction id of the newest extraction row of the file's content that gave symbols; 0 when none did
 */
public record FileSymbols(List<SymbolFact> symbols, long extraction) {

    static final FileSymbols NONE = new FileSymbols(List.of(), 0);

    public FileSymbols {
        symbols = List.copyOf(symbols);
    }

    static FileSymbols of(FileSymbol[] symbols, long extraction) {
        SymbolFact[] facts = new SymbolFact[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            FileSymbol s = symbols[i];
            facts[i] = new SymbolFact(s.kind(), s.name(), s.container(), s.signature(), s.lineStart(), s.lineEnd(),
                    s.exported(), null);
        }
        return new FileSymbols(List.of(facts), extraction);
    }
}
