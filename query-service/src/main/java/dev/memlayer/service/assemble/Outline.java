package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.service.render.MarkdownRenderer.OutlineLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A file's symbols as a nested outline (nesting by line-range containment), at decreasing levels
 * of detail: everything; without nested fields and variables; the top two levels; the top level.
 * Assembly takes the most detailed level that fits.
 */
final class Outline {

    enum Level { ALL, NO_MEMBER_DATA, TWO_LEVELS, TOP }

    /** Entries shown at most, whatever the level; the rest are counted as hidden. */
    static final int MAX_ENTRIES = 120;

    private static final Set<String> DATA_KINDS = Set.of("field", "property", "variable", "constant");

    record Entry(SymbolFact symbol, int depth) {
    }

    private final List<Entry> entries;

    Outline(List<SymbolFact> symbols) {
        List<SymbolFact> sorted = new ArrayList<>(symbols);
        sorted.sort(Comparator.comparingInt(SymbolFact::lineStart)
                .thenComparing(Comparator.comparingInt(SymbolFact::lineEnd).reversed()));
        List<Entry> out = new ArrayList<>(sorted.size());
        Deque<SymbolFact> open = new ArrayDeque<>();
        for (SymbolFact s : sorted) {
            while (!open.isEmpty() && !(open.peek().lineStart() <= s.lineStart() && s.lineEnd() <= open.peek().lineEnd())) {
                open.pop();
            }
            out.add(new Entry(s, open.size()));
            open.push(s);
        }
        this.entries = List.copyOf(out);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries shown at a level, capped at {@link #MAX_ENTRIES}. */
    List<Entry> at(Level level) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            boolean keep = switch (level) {
                case ALL -> true;
                case NO_MEMBER_DATA -> e.depth() == 0 || !DATA_KINDS.contains(e.symbol().kind());
                case TWO_LEVELS -> e.depth() <= 1 && (e.depth() == 0 || !DATA_KINDS.contains(e.symbol().kind()));
                case TOP -> e.depth() == 0;
            };
            if (keep && out.size() < MAX_ENTRIES) {
                out.add(e);
            }
        }
        return out;
    }

    int size() {
        return entries.size();
    }

    static List<OutlineLine> lines(List<Entry> shown) {
        return shown.stream().map(e -> new OutlineLine(e.depth(), e.symbol().lineStart(), e.symbol().lineEnd(),
                e.symbol().signature() == null || e.symbol().signature().isBlank()
                        ? e.symbol().kind() + " " + e.symbol().name() : e.symbol().signature())).toList();
    }

    /** The file's most telling symbols when only a few can be named: top-level first, exported first. */
    List<SymbolFact> top(int n) {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::depth)
                        .thenComparing(e -> !e.symbol().exported())
                        .thenComparingInt(e -> e.symbol().lineStart()))
                .limit(n).map(Entry::symbol).toList();
    }
}
