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
 * Symbol names of one view, looked up by name: whole lower-case name → defining files, compound
 * names (two or more identifier parts) by their first part, so a task that spells out {@code parse
 * header} can find {@code parseHeader}, and by their {@link #coreWords}, so {@code isPackagePrivate}
 * finds {@code shouldBePackagePrivate}. Built once per view, on first use.
 */
public final class SymbolIndex {

    /** A compound symbol name: its lower-case whole form, its parts, and the files defining it. */
    public record Compound(String name, List<String> parts, int[] files) {
    }

    private static final int[] NONE = new int[0];
    private final Map<String, int[]> byName;
    private final Map<String, List<Compound>> byFirstPart;
    /**
     * Words a name may carry in front of (or inside) the thing it names, without naming another thing:
     * the predicate and accessor words of {@code isEmpty}, {@code hasSize}, {@code shouldBeEmpty},
     * {@code assertHasSize}, {@code getSize} / {@code setSize}.
     */
    static final Set<String> PREDICATE_WORDS =
            Set.of("is", "has", "have", "should", "assert", "be", "are", "does", "can", "get", "set");
    /** Fewer remaining words than this name too little to be matched this loosely ({@code isEmpty} → {@code empty}). */
    static final int MIN_CORE_WORDS = 2;
    /** Compound names by {@link #coreWords}; built on the first lookup (most tasks name no compound identifier). */
    private volatile Map<String, List<String>> byCoreWords;
    private final Set<String> compoundNames;
    /** The compound names by length (index = length), for {@link #compoundsNear}: only lengths within reach are read. */
    private final String[][] compoundsByLength;
    /** {@link #letters} of each name of {@link #compoundsByLength}, parallel to it. */
    private final long[][] compoundLettersByLength;
    /** Per file, per symbol: the name in lower case ({@link Locale#ROOT}), as the keys above. */
    private final String[][] lowerNames;
    /** The same, null where the name is not all ASCII (where lower-casing is not simple case folding). */
    private final String[][] asciiLowerNames;

    private SymbolIndex(Map<String, int[]> byName, Map<String, List<Compound>> byFirstPart,
            Set<String> compoundNames, String[][] lowerNames, String[][] asciiLowerNames) {
        this.byName = byName;
        this.byFirstPart = byFirstPart;
        this.compoundNames = compoundNames;
        this.compoundsByLength = byLength(compoundNames);
        this.compoundLettersByLength = new long[compoundsByLength.length][];
        for (int i = 0; i < compoundsByLength.length; i++) {
            compoundLettersByLength[i] = new long[compoundsByLength[i].length];
            for (int j = 0; j < compoundsByLength[i].length; j++) {
                compoundLettersByLength[i][j] = letters(compoundsByLength[i][j]);
            }
        }
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

    /** Which characters a name has, one bit each (a–z, 0–9; any other character shares one of the remaining bits). */
    static long letters(String name) {
        long mask = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            mask |= 1L << bit;
        }
        return mask;
    }

    private static String[][] byLength(Set<String> names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String name : names) {
            buckets.get(name.length()).add(name);
        }
        String[][] out = new String[longest + 1][];
        for (int i = 0; i <= longest; i++) {
            out[i] = buckets.get(i).toArray(new String[0]);
        }
        return out;
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

    /**
     * Files defining a symbol whose lower-case name is {@code lowerName}, in ascending file order (so a
     * caller may binary-search them); never null. Callers must not change the array.
     */
    public int[] definers(String lowerName) {
        return byName.getOrDefault(lowerName, NONE);
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
        int from = Math.max(0, lowerName.length() - maxEdits);
        int to = Math.min(compoundsByLength.length - 1, lowerName.length() + maxEdits);
        long letters = letters(lowerName);
        for (int length = from; length <= to; length++) {
            String[] names = compoundsByLength[length];
            long[] masks = compoundLettersByLength[length];
            for (int i = 0; i < names.length; i++) {
                // an edit changes at most two of the characters a name has: a cheap bound that skips most names
                if (Long.bitCount(letters ^ masks[i]) <= 2 * maxEdits && !names[i].equals(lowerName)
                        && EditDistance.within(lowerName, names[i], maxEdits) <= maxEdits) {
                    near.add(names[i]);
                }
            }
        }
        return near;
    }

    /**
     * The words that say what a name is about, as one key: its parts (lower case, as {@link
     * IdentifierSplitter#parts} gives them) without {@link #PREDICATE_WORDS},
     * in alphabetical order ({@code hasFieldOrProperty} and {@code ShouldHavePropertyOrField} → {@code
     * "field or property"}); null when fewer than {@value #MIN_CORE_WORDS} remain.
     */
    public static String coreWords(List<String> parts) {
        List<String> core = new ArrayList<>(parts.size());
        for (String part : parts) {
            if (!PREDICATE_WORDS.contains(part)) {
                core.add(part);
            }
        }
        if (core.size() < MIN_CORE_WORDS) {
            return null;
        }
        core.sort(null);
        return String.join(" ", core);
    }

    /** Compound names (lower case) whose {@link #coreWords} are {@code key}, in no particular order. */
    public List<String> compoundsWithCoreWords(String key) {
        Map<String, List<String>> built = byCoreWords;
        if (built == null) {
            // two racing requests may both build it: the same map, and either one is kept
            built = new HashMap<>();
            for (List<Compound> compounds : byFirstPart.values()) {
                for (Compound c : compounds) {
                    String core = coreWords(c.parts());
                    if (core != null) {
                        built.computeIfAbsent(core, k -> new ArrayList<>(2)).add(c.name());
                    }
                }
            }
            byCoreWords = built;
        }
        return built.getOrDefault(key, List.of());
    }

    /** Whether a symbol name has two or more identifier parts ({@code parseHeader}, {@code parse_header}). */
    public boolean isCompound(String lowerName) {
        return compoundNames.contains(lowerName);
    }
}
