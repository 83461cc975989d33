package dev.memlayer.model.api.explore;

import dev.memlayer.model.api.SymbolRef;
import java.util.List;

/**
 * The public signatures of one file.
 *
 * @param importers distinct files importing it (why it is listed early)
 * @param hidden    public symbols not listed (cut by the detail level)
 */
public record FileApi(String path, String language, int importers, List<SymbolRef> symbols, int hidden) {

    public FileApi {
        symbols = List.copyOf(symbols);
    }
}
