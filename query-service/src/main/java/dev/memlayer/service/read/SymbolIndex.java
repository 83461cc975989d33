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
    /** Per file, per symbol: the name in lower case ({@link Locale#ROOT}), as the keys above. */
    private final String[][] lowerNames;
    /** The same, null where the name is not all ASCII (where lower-casing is not simple case folding). */
    private final String[][] asciiLowerNames;

    private SymbolIndex(Map<String, int[]> byName, Map<String, List<Compound>> byFirstPart,
            Set<String> compoundNames, String[][] lowerNames, String[][] asciiLowerNames) {
        this.byName = byName;
        this.byFirstPart = byFirstPart;
        this.compoundNames = compoundNames;
        this.lowerNames = lowerNames;
        this.asciiLowerNames = asciiLowerNames;
    }

    static SymbolIndex build(FileSymbol[][] symbols) {
        Map<String, Set<Integer>> names = new HashMap<>();
        String[][] lower = new String[symbols.length][];
        String[][] asciiLower = new String[symbols.length][];
        for (int f = 0; f < symbols.length; f++) {
            lower[f] = new String[symbols[f].length];
            asciiLower[f] = new String[symbols[f].length];
            for (int i = 0; i < symbols[f].length; i++) {
                String name = symbols[f][i].name();
                lower[f][i] = name.toLowerCase(Locale.ROOT);
                asciiLower[f][i] = isAscii(name) ? lower[f][i] : null;
                names.computeIfAbsent(lower[f][i], k -> new LinkedHashSet<>(2)).add(f);
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
        return new SymbolIndex(byName, byFirst, compound, lower, asciiLower);
    }

    /** The lower-case ({@link Locale#ROOT}) names of a file's symbols, parallel to {@code view.symbols(file)}. */
    public String[] lowerNames(int file) {
        return lowerNames[file];
    }

    /**
     * The lower-case names of a file's symbols where they are all ASCII, else null entries: for
     * ASCII on both sides, {@code equalsIgnoreCase} is plain equality of the lower-case forms.
     */
    public String[] asciiLowerNames(int file) {
        return asciiLowerNames[file];
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Files defining a symbol whose lower-case name is {@code lowerName}; never null. */
    public int[] definers(String lowerName) {
        return byName.getOrDefault(lowerName, new int[0]);
    }

    /** Compound names whose first part is {@code part}. */
    public List<Compound> compoundsStartingWith(String part) {
        return byFirstPart.getOrDefault(part, List.of());
    }

    /**
     * Compound names at most {@code maxEdits} edits from {@code lowerName} (and not equal to it), in
     * no particular order: the names a task may have meant when it misspells one.
     */
    public List<String> compoundsNear(String lowerName, int maxEdits) {
        List<String> near = new ArrayList<>();
        for (String name : compoundNames) {
            if (Math.abs(name.length() - lowerName.length()) <= maxEdits && !name.equals(lowerName)
                    && EditDistance.within(lowerName, name, maxEdits) <= maxEdits) {
                near.add(name);
            }
        }
        return near;
    }

    /** Whether a symbol name has two or more identifier parts ({@code parseHeader}, {@code parse_header}). */
    public boolean isCompound(String lowerName) {
        return compoundNames.contains(lowerName);
    }
}
