package dev.memlayer.service.symbols;

import dev.memlayer.model.text.IdentifierSplitter;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every symbol of one view, sorted twice for binary search: by lower-case name (exact and prefix
 * matches) and by the lower-case first identifier part of the name (the first hump of a camelCase
 * query), with each name's parts split once. Built once per view on first search, so a query is two
 * binary searches and a scan of the matching range, never a pass over the snapshot.
 */
final class NameIndex {

    /** One symbol: its file index in the view and the symbol. */
    record Occurrence(int file, FileSymbol symbol, String lowerName, String[] parts) {
    }

    private final Occurrence[] byName;
    private final String[] names;
    private final Occurrence[] byFirstPart;
    private final String[] firstParts;
    private final Set<String> kinds;

    private NameIndex(Occurrence[] byName, Occurrence[] byFirstPart, Set<String> kinds) {
        this.byName = byName;
        this.names = Arrays.stream(byName).map(Occurrence::lowerName).toArray(String[]::new);
        this.byFirstPart = byFirstPart;
        this.firstParts = Arrays.stream(byFirstPart).map(o -> o.parts()[0]).toArray(String[]::new);
        this.kinds = Set.copyOf(kinds);
    }

    static NameIndex build(SnapshotView view) {
        List<Occurrence> all = new ArrayList<>();
        Map<String, String[]> partsByName = new HashMap<>();
        Set<String> kinds = new HashSet<>();
        for (int f = 0; f < view.files().size(); f++) {
            for (FileSymbol s : view.symbols(f)) {
                String[] parts = partsByName.computeIfAbsent(s.name(), NameIndex::parts);
                all.add(new Occurrence(f, s, s.name().toLowerCase(Locale.ROOT), parts));
                kinds.add(s.kind());
            }
        }
        Occurrence[] byName = all.toArray(Occurrence[]::new);
        Arrays.sort(byName, (a, b) -> a.lowerName().compareTo(b.lowerName()));
        Occurrence[] byFirst = all.stream().filter(o -> o.parts().length > 0).toArray(Occurrence[]::new);
        Arrays.sort(byFirst, (a, b) -> a.parts()[0].compareTo(b.parts()[0]));
        return new NameIndex(byName, byFirst, kinds);
    }

    private static String[] parts(String name) {
        return IdentifierSplitter.parts(name).toArray(String[]::new);
    }

    /** Kinds of symbol this view holds. */
    Set<String> kinds() {
        return kinds;
    }

    /** Visits every symbol whose lower-case name starts with {@code lowerPrefix} (exact matches included). */
    void withNamePrefix(String lowerPrefix, OccurrenceVisitor visitor) {
        for (int i = lowerBound(names, lowerPrefix); i < names.length && names[i].startsWith(lowerPrefix); i++) {
            visitor.visit(byName[i]);
        }
    }

    /** Visits every symbol whose first name part starts with {@code lowerPart}. */
    void withFirstPartPrefix(String lowerPart, OccurrenceVisitor visitor) {
        for (int i = lowerBound(firstParts, lowerPart); i < firstParts.length && firstParts[i].startsWith(lowerPart);
                i++) {
            visitor.visit(byFirstPart[i]);
        }
    }

    @FunctionalInterface
    interface OccurrenceVisitor {
        void visit(Occurrence o);
    }

    /**
     * Whether each hump is a prefix of a distinct name part, in order, the first hump of the first
     * part ({@code h, con} matches {@code http, connection} and {@code http, client, connection}).
     * Greedy leftmost placement is enough: taking the earliest part that fits never blocks a later hump.
     */
    static boolean humpsMatch(String[] humps, String[] parts) {
        if (parts.length < humps.length || !parts[0].startsWith(humps[0])) {
            return false;
        }
        int p = 1;
        for (int h = 1; h < humps.length; h++) {
            while (p < parts.length && !parts[p].startsWith(humps[h])) {
                p++;
            }
            if (p == parts.length) {
                return false;
            }
            p++;
        }
        return true;
    }

    /** Whether the humps took consecutive parts from the start (a tighter match ranks higher). */
    static boolean humpsContiguous(String[] humps, String[] parts) {
        for (int h = 0; h < humps.length; h++) {
            if (h >= parts.length || !parts[h].startsWith(humps[h])) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(String[] sorted, String key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int size() {
        return byName.length;
    }
}
