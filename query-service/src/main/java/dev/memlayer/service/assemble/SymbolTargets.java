package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.text.IdentifierSplitter;
import dev.memlayer.service.plan.Mention;
import dev.memlayer.service.plan.PathMatch;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.render.LineRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What of a file the task points at: the innermost symbol around each stack frame's line in this
 * file (or the frame's line alone; or the function the frame names, when no symbol of that name spans
 * the line, as in a trace from another version of the file), symbols named by a mention, symbols
 * whose name is a task term or made only of task terms, symbols a signal found the file by (its focus:
 * the deprecated methods of "remove the deprecated methods"). Best first; a term matching many symbols of
 * the file counts less for each. Each target carries the line range to cut: the symbol with a little
 * context, clipped around its focus line when the symbol is long.
 */
final class SymbolTargets {

    static final int MAX_TARGETS = 6;
    static final int CONTEXT_BEFORE = 2;
    static final int CONTEXT_AFTER = 1;
    static final int MAX_TARGET_LINES = 60;
    static final int FOCUS_RADIUS = 12;
    /** The declaration lines a long symbol always shows before the window around its focus. */
    static final int HEAD_LINES = 3;
    static final int MIN_NAME_LENGTH = 3;

    static final double FRAME_SYMBOL = 5.0;
    static final double FRAME_LINE = 4.0;
    static final double MENTIONED_EXACT = 3.0;
    static final double MENTIONED_IGNORING_CASE = 2.5;
    static final double TERM_NAME = 2.0;
    static final double TERM_PARTS = 1.5;
    /** A symbol the file was found by, as much as one a task word names. */
    static final double FOCUS = TERM_NAME;
    /** Type-like symbols span most of a file; naming one says less about where to look. */
    static final double CONTAINER_FACTOR = 0.6;
    /**
     * Data (a field, property, variable or constant) that only one plain task word names, such as a
     * {@code service} field for "the query service is slow": its one line says little, so it yields to
     * any function or type the task names.
     */
    static final double INCIDENTAL_FACTOR = 0.5;

    private static final String CONSTRUCTOR = "constructor";
    private static final Set<String> CONTAINER_KINDS = Set.of("class", "interface", "enum", "record", "struct",
            "trait", "impl", "module", "object", "type", "annotation");

    /** A symbol (or a bare frame line) to show, with the ranges that show it. */
    record Target(SymbolFact symbol, List<LineRange> ranges, double score, String label) {
    }

    private SymbolTargets() {
    }

    static boolean isContainer(SymbolFact s) {
        return CONTAINER_KINDS.contains(s.kind());
    }

    /** A field, property, variable or constant: a line of data, not code to read. */
    static boolean isData(SymbolFact s) {
        return SymbolFact.isDataKind(s.kind());
    }

    /**
     * @param focus     names of symbols the file was found by ({@code RankedFile#focus})
     * @param lines     the file's lines ({@code lineCount} of them are text; a final newline leaves one
     *                  empty element more)
     */
    static List<Target> find(String path, List<SymbolFact> symbols, TaskQuery query, List<String> focus,
            List<String> lines, int lineCount, TermRarity rarity) {
        if (lineCount < 1) {
            return List.of();
        }
        Map<Object, Target> best = new LinkedHashMap<>();
        for (Mention m : query.mentions()) {
            PathMatch match = m.kind() == Mention.Kind.FRAME ? PathMatch.of(m.path(), path) : PathMatch.NONE;
            if (match == PathMatch.NONE) {
                continue;
            }
            // A frame that names only this file's name (its directories are not this repository's) may still
            // name a function here; its line may be another file's.
            boolean lineInFile = match.locatesLines() && m.line() >= 1 && m.line() <= lineCount;
            List<SymbolFact> namesakes = m.symbol() == null ? List.of() : named(symbols, m.symbol());
            if (!namesakes.isEmpty() && !(lineInFile && enclosedBy(symbols, m.line(), m.symbol()))) {
                // The trace comes from another version of this file: its line points elsewhere here (or past
                // the end), while the function it names is still here.
                for (SymbolFact s : namesakes) {
                    keep(best, s, target(s, 0, FRAME_SYMBOL, lineCount));
                }
            } else if (lineInFile) {
                SymbolFact around = innermost(symbols, m.line());
                if (around != null) {
                    keep(best, around, target(around, m.line(), FRAME_SYMBOL, lineCount));
                } else {
                    LineRange r = new LineRange(Math.max(1, m.line() - FOCUS_RADIUS / 2),
                            Math.min(lineCount, m.line() + FOCUS_RADIUS / 2));
                    best.putIfAbsent("line:" + m.line(), new Target(null, List.of(r), FRAME_LINE, "L" + m.line()));
                }
            }
        }
        Map<String, Integer> termHits = new HashMap<>();
        Set<String> terms = new HashSet<>(query.terms());
        // Each symbol's lower-case name and matching terms, worked out once for both passes below.
        String[] lowers = new String[symbols.size()];
        List<List<String>> matching = new ArrayList<>(symbols.size());
        for (int i = 0; i < lowers.length; i++) {
            SymbolFact s = symbols.get(i);
            lowers[i] = s.name().toLowerCase(Locale.ROOT);
            List<String> matched = termsMatching(s, lowers[i], terms);
            matching.add(matched);
            for (String t : matched) {
                termHits.merge(t, 1, Integer::sum);
            }
        }
        Set<String> mentioned = new HashSet<>();
        Set<String> mentionedLower = new HashSet<>();
        for (Mention m : query.mentions()) {
            if (m.symbol() != null && m.kind() != Mention.Kind.FRAME) {
                mentioned.add(m.symbol());
                mentionedLower.add(m.symbol().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> focused = Set.copyOf(focus);
        for (int i = 0; i < lowers.length; i++) {
            SymbolFact s = symbols.get(i);
            double score = 0;
            boolean incidental = false;
            if (mentioned.contains(s.name())) {
                score = MENTIONED_EXACT;
            } else if (mentionedLower.contains(lowers[i])) {
                score = MENTIONED_IGNORING_CASE;
            } else if (s.name().length() >= MIN_NAME_LENGTH) {
                String lower = lowers[i];
                for (String t : matching.get(i)) {
                    double base = t.equals(lower) ? TERM_NAME : TERM_PARTS;
                    score = Math.max(score, base / Math.sqrt(termHits.get(t)));
                }
                incidental = score > 0 && isData(s) && parts(s.name(), lower).isEmpty();
            }
            if (focused.contains(s.name()) && score < FOCUS) {
                score = FOCUS;
                incidental = false;
            }
            if (score > 0) {
                if (isContainer(s)) {
                    score *= CONTAINER_FACTOR;
                }
                if (incidental) {
                    score *= INCIDENTAL_FACTOR;
                }
                keep(best, s, target(s, 0, score, lineCount));
            }
        }
        List<Target> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Target::score).reversed()
                .thenComparingInt(t -> t.ranges().get(0).first()));
        // One function under two names (res.contentType = res.type = function …) is one target, by its best name.
        Set<List<LineRange>> shown = new HashSet<>();
        List<Target> kept = new ArrayList<>(MAX_TARGETS);
        for (Target t : out) {
            if (kept.size() < MAX_TARGETS && shown.add(t.ranges())) {
                kept.add(t);
            }
        }
        return kept.stream().map(t -> focused(t, lines, query.terms(), rarity, lineCount)).toList();
    }

    /**
     * A long symbol named by the task, without a frame line to centre on, shows its head and the window
     * where the task's words are densest inside it, rather than its first lines: a class named
     * {@code Blueprint} for "url_prefix is ignored when registering a nested blueprint" shows where
     * {@code url_prefix} and {@code nested} are handled, not 60 lines of its docstring. Without such a
     * window it keeps its first lines.
     */
    static Target focused(Target t, List<String> lines, List<String> terms, TermRarity rarity,
            int lineCount) {
        SymbolFact s = t.symbol();
        if (s == null || t.ranges().size() != 1 || fitsWhole(s, lineCount)) {
            return t; // shown whole, or already centred on a frame line
        }
        int focus = SnippetCutter.focusWithin(lines, s.lineStart() + HEAD_LINES, Math.min(s.lineEnd(), lineCount),
                terms, rarity);
        return focus > 0 ? target(s, focus, t.score(), lineCount) : t;
    }

    /**
     * The terms that select this symbol: its whole lower-case name, or its identifier parts when all are terms.
     * None select a constructor: a word naming the class names the class, whose target shows its head and
     * where the task's words are, where its constructors' one-line snippets (jsoup's {@code Elements} has
     * five) showed nothing the task is about.
     */
    private static List<String> termsMatching(SymbolFact s, String lower, Set<String> terms) {
        if (lower.length() < MIN_NAME_LENGTH || CONSTRUCTOR.equals(s.kind())) {
            return List.of();
        }
        if (terms.contains(lower)) {
            return List.of(lower);
        }
        List<String> parts = parts(s.name(), lower);
        if (parts.size() >= 2 && terms.containsAll(parts)) {
            return List.of(lower);
        }
        return List.of();
    }

    /** Whether a task term is the symbol's whole name or one of its identifier parts ({@code swapViews}: swap, views). */
    static boolean namedBy(String name, Set<String> terms) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (terms.contains(lower)) {
            return true;
        }
        for (String part : parts(name, lower)) {
            if (terms.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Names whose parts are remembered at most; the map is simply cleared when full (cheap to redo). */
    static final int MAX_REMEMBERED_NAMES = 100_000;
    private static final ConcurrentHashMap<String, List<String>> PARTS = new ConcurrentHashMap<>();

    /**
     * The identifier parts of a symbol name other than its whole lower-case name, remembered by the
     * name: the same symbols come back in request after request, and splitting every symbol of
     * every examined file was a visible share of assembly.
     */
    private static List<String> parts(String name, String lower) {
        List<String> known = PARTS.get(name);
        if (known != null) {
            return known;
        }
        List<String> parts = IdentifierSplitter.terms(name).stream().filter(p -> !p.equals(lower)).toList();
        if (PARTS.size() >= MAX_REMEMBERED_NAMES) {
            PARTS.clear();
        }
        PARTS.put(name, parts);
        return parts;
    }

    private static List<SymbolFact> named(List<SymbolFact> symbols, String name) {
        List<SymbolFact> out = new ArrayList<>(1);
        for (SymbolFact s : symbols) {
            if (s.name().equals(name)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a symbol of this name spans the line. */
    private static boolean enclosedBy(List<SymbolFact> symbols, int line, String name) {
        for (SymbolFact s : symbols) {
            if (s.lineStart() <= line && line <= s.lineEnd() && s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static SymbolFact innermost(List<SymbolFact> symbols, int line) {
        return innermost(symbols, line, s -> true);
    }

    /** The shortest symbol {@code which} accepts whose lines hold {@code line}; null outside all of them. */
    static SymbolFact innermost(List<SymbolFact> symbols, int line, Predicate<SymbolFact> which) {
        SymbolFact best = null;
        for (SymbolFact s : symbols) {
            if (which.test(s) && s.lineStart() <= line && line <= s.lineEnd()
                    && (best == null || s.lineEnd() - s.lineStart() < best.lineEnd() - best.lineStart())) {
                best = s;
            }
        }
        return best;
    }

    private static void keep(Map<Object, Target> best, SymbolFact s, Target t) {
        Object key = s.name() + "@" + s.lineStart();
        best.merge(key, t, (a, b) -> a.score() >= b.score() ? a : b);
    }

    /** The symbol's lines with context; a long symbol shows its head and the window around its focus. */
    static Target target(SymbolFact s, int focus, double score, int lineCount) {
        int first = first(s, lineCount);
        int last = last(s, lineCount);
        List<LineRange> ranges = new ArrayList<>();
        if (fitsWhole(s, lineCount)) {
            ranges.add(new LineRange(first, last));
        } else if (focus > 0) {
            int headEnd = Math.min(lineCount, Math.max(s.lineStart(), 1) + HEAD_LINES - 1);
            ranges.add(new LineRange(first, headEnd));
            int lo = Math.max(headEnd + 1, focus - FOCUS_RADIUS);
            int hi = Math.min(last, focus + FOCUS_RADIUS);
            if (lo <= hi) {
                ranges.add(new LineRange(lo, hi));
            }
        } else {
            ranges.add(new LineRange(first, Math.min(lineCount, first + MAX_TARGET_LINES - 1)));
        }
        String label = s.name() + " L" + s.lineStart() + (s.lineEnd() > s.lineStart() ? "-" + s.lineEnd() : "");
        return new Target(s, List.copyOf(ranges), score, label);
    }

    /** Whether the symbol with its context lines is short enough to be shown whole. */
    private static boolean fitsWhole(SymbolFact s, int lineCount) {
        return last(s, lineCount) - first(s, lineCount) + 1 <= MAX_TARGET_LINES;
    }

    private static int first(SymbolFact s, int lineCount) {
        return Math.max(1, Math.min(s.lineStart(), lineCount) - CONTEXT_BEFORE);
    }

    private static int last(SymbolFact s, int lineCount) {
        return Math.min(lineCount, Math.max(s.lineEnd(), s.lineStart()) + CONTEXT_AFTER);
    }
}
