package dev.memlayer.service.delta;

import dev.memlayer.model.api.SymbolRef;
import dev.memlayer.model.api.delta.SymbolChange;
import dev.memlayer.service.files.FileFactsService;
import dev.memlayer.service.read.FileSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The symbol changes between two versions of one file. A symbol is identified by kind, container
 * and name, and the n-th of several with the same identity (overloads) pairs with the n-th on the
 * other side; a pair whose signature differs is a change. Moving lines alone is not a change.
 */
record SymbolDiff(List<SymbolRef> added, List<SymbolRef> removed, List<SymbolChange> changed) {

    static final SymbolDiff NONE = new SymbolDiff(List.of(), List.of(), List.of());

    static SymbolDiff between(FileSymbol[] before, FileSymbol[] after) {
        Map<String, FileSymbol> old = keyed(before);
        Map<String, FileSymbol> now = keyed(after);
        List<SymbolRef> added = new ArrayList<>();
        List<SymbolChange> changed = new ArrayList<>();
        now.forEach((key, s) -> {
            FileSymbol was = old.get(key);
            if (was == null) {
                added.add(FileFactsService.ref(s));
            } else if (!Objects.equals(was.signature(), s.signature())) {
                changed.add(new SymbolChange(s.kind(), s.name(), s.container(), was.signature(), s.signature(),
                        s.lineStart(), s.lineEnd()));
            }
        });
        List<SymbolRef> removed = new ArrayList<>();
        old.forEach((key, s) -> {
            if (!now.containsKey(key)) {
                removed.add(FileFactsService.ref(s));
            }
        });
        return new SymbolDiff(added, removed, changed);
    }

    static SymbolDiff allAdded(FileSymbol[] symbols) {
        return between(new FileSymbol[0], symbols);
    }

    static SymbolDiff allRemoved(FileSymbol[] symbols) {
        return between(symbols, new FileSymbol[0]);
    }

    private static Map<String, FileSymbol> keyed(FileSymbol[] symbols) {
        Map<String, FileSymbol> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FileSymbol s : symbols) {
            String identity = s.kind() + '\0' + s.container() + '\0' + s.name();
            int n = seen.merge(identity, 1, Integer::sum);
            out.put(identity + '\0' + n, s);
        }
        return out;
    }
}
