package dev.memlayer.service.read;

import dev.memlayer.model.text.IdentifierSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Symbol names of one view, looked up by name: whole lower-case name → defining files, and
 * compound names (two or more identifier parts) by their first part, so a task that spells out
 * {@code parse header} can find {@code parseHeader}. Built once per view, on first use.
 */
public final class SymbolIndex {

    /** A compound symbol name: its lower-case whole form, its parts, and the files defining it. */
    public record Compound(String name, List<String> parts, int[] files) {
    }

    private final Map<String, int[]> byName;
    private final Map<String, List<Compound>> byFirstPart;
    private final Set<String> compoundNames;

    private SymbolIndex(Map<String, int[]> byName, Map<String, List<Compound>> byFirstPart,
            Set<String> compoundNames) {
        this.byName = byName;
        this.byFirstPart = byFirstPart;
        this.compoundNames = compoundNames;
    }

    static SymbolIndex build(FileSymbol[][] symbols) {
        Map<String, Set<Integer>> names = new HashMap<>();
        for (int f = 0; f < symbols.length; f++) {
            for (FileSymbol s : symbols[f]) {
                names.computeIfAbsent(s.name().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>(2)).add(f);
            }
        }
        Map<String, int[]> byName = new HashMap<>(names.size() * 2);
        Map<String, List<Compound>> byFirst = new HashMap<>();
        Set<String> compound = new java.util.HashSet<>();
        Map<String, String> asWritten = new HashMap<>();
        for (int f = 0; f < symbols.length; f++) {
            for (FileSymbol s : symbols[f]) {
                asWritten.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s.name());
            }
        }
        names.forEach((name, files) -> {
            int[] ids = files.stream().mapToInt(Integer::intValue).toArray();
            byName.put(name, ids);
            List<String> parts = IdentifierSplitter.parts(asWritten.get(name));
            if (parts.size() >= 2) {
                compound.add(name);
                byFirst.computeIfAbsent(parts.get(0), k -> new ArrayList<>())
                        .add(new Compound(name, List.copyOf(parts), ids));
            }
        });
        return new SymbolIndex(byName, byFirst, compound);
    }

    /** Files defining a symbol whose lower-case name is {@code lowerName}; never null. */
    public int[] definers(String lowerName) {
        return byName.getOrDefault(lowerName, new int[0]);
    }

    /** Compound names whose first part is {@code part}. */
    public List<Compound> compoundsStartingWith(String part) {
        return byFirstPart.getOrDefault(part, List.of());
    }

    /** Whether a symbol name has two or more identifier parts ({@code parseHeader}, {@code parse_header}). */
    public boolean isCompound(String lowerName) {
        return compoundNames.contains(lowerName);
    }
}
