package dev.memlayer.model.api.delta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.model.api.SymbolRef;
import java.util.List;

/**
 * One changed file.
 *
 * @param change  {@code added}, {@code modified}, {@code removed} or {@code renamed}
 * @param oldPath the path on the {@code from} side of a rename
 */
public record FileDelta(
        String path,
        String change,
        @JsonProperty("old_path") @JsonInclude(JsonInclude.Include.NON_NULL) String oldPath,
        @JsonProperty("symbols_added") List<SymbolRef> symbolsAdded,
        @JsonProperty("symbols_removed") List<SymbolRef> symbolsRemoved,
        @JsonProperty("symbols_changed") List<SymbolChange> symbolsChanged) {

    public FileDelta {
        symbolsAdded = List.copyOf(symbolsAdded);
        symbolsRemoved = List.copyOf(symbolsRemoved);
        symbolsChanged = List.copyOf(symbolsChanged);
    }
}
