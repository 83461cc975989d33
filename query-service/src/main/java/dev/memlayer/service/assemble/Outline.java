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
 * of detail: everything; without nested fields and variables; the top two levels; the top level with
 * the members a task term names (and the members enclosing them); the top level. Assembly takes the
 * most detailed level that fits.
 */
final class Outline {

    enum Level { ALL, NO_MEMBER_DATA, TWO_LEVELS, NAMED, TOP }

    /** Entries shown at most, whatever the level; the rest are counted as hidden. */
    static final int MAX_ENTRIES = 120;

    record Entry(SymbolFact symbol, int depth) {
    }

    private final List<Entry> entries;
    /** Each entry's enclosing entry (its index), or -1 at the top level. */
    private final int[] parents;
    private final Set<String> terms;
    /** Which entries {@link Level#NAMED} shows below the top level: worked out on first use, then kept. */
    private boolean[] named;

    /** @param terms the task's terms, for the {@link Level#NAMED} level */
    Outline(List<SymbolFact> symbols, Set<String> terms) {
        List<SymbolFact> sorted = new ArrayList<>(symbols);
        sorted.sort(Comparator.comparingInt(SymbolFact::lineStart)
                .thenComparing(Comparator.comparingInt(SymbolFact::lineEnd).reversed()));
        List<Entry> out = new ArrayList<>(sorted.size());
        this.parents = new int[sorted.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (SymbolFact s : sorted) {
            while (!open.isEmpty() && !contains(sorted.get(open.peek()), s)) {
                open.pop();
            }
            parents[out.size()] = open.isEmpty() ? -1 : open.peek();
            out.add(new Entry(s, open.size()));
            open.push(out.size() - 1);
        }
        this.entries = List.copyOf(out);
        this.terms = Set.copyOf(terms);
    }

    private static boolean contains(SymbolFact outer, SymbolFact inner) {
        return outer.lineStart() <= inner.lineStart() && inner.lineEnd() <= outer.lineEnd();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries shown at a level, capped at {@link #MAX_ENTRIES}. */
    List<Entry> at(Level level) {
        boolean[] named = level == Level.NAMED ? named() : null;
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean keep = switch (level) {
                case ALL -> true;
                case NO_MEMBER_DATA -> e.depth() == 0 || !SymbolTargets.isData(e.symbol());
                case TWO_LEVELS -> e.depth() <= 1 && (e.depth() == 0 || !SymbolTargets.isData(e.symbol()));
                case NAMED -> e.depth() == 0 || named[i];
                case TOP -> e.depth() == 0;
            };
            if (keep && out.size() < MAX_ENTRIES) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether any member below the top level is named by a task term: else {@link Level#NAMED} is {@link Level#TOP}. */
    boolean namesMembers() {
        for (boolean b : named()) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** The members below the top level that a task term names, and the members enclosing them. */
    private boolean[] named() {
        if (named != null) {
            return named;
        }
        boolean[] marked = new boolean[entries.size()];
        for (int i = 0; i < marked.length && !terms.isEmpty(); i++) {
            if (entries.get(i).depth() > 0 && SymbolTargets.namedBy(entries.get(i).symbol().name(), terms)) {
                for (int j = i; j >= 0 && entries.get(j).depth() > 0 && !marked[j]; j = parents[j]) {
                    marked[j] = true;
                }
            }
        }
        named = marked;
        return named;
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
