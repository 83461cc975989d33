package dev.memlayer.service.assemble;

import dev.memlayer.model.facts.SymbolFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to show of a file the task reaches by its words while naming none of its symbols: the functions
 * (and other non-type symbols) that hold the most of those words, each whole when short, else its head
 * and the window where the words are densest. For "flask run ignores the --cert option", {@code cli.py}
 * defines nothing named {@code cert}, but its {@code run} command with the {@code --cert} option and
 * {@code _validate_key} are where the fix goes; its outline would list a hundred signatures without them.
 * <p>
 * A symbol scores like a BM25 passage without length normalisation: per distinct task word, its {@link
 * TermRarity} × tf / (tf + {@value #K1}), tf the symbol's lines holding it. It counts from {@value
 * #MIN_SCORE}: a rare word on two lines, or several less rare ones; scattered common words (the project's
 * name, {@code set}) say less than the outline.
 */
final class Passages {

    static final int MAX_PASSAGES = 3;
    static final double K1 = 1.2;
    static final double MIN_SCORE = 0.5;

    private Passages() {
    }

    private record Scored(SymbolFact symbol, double score) {
    }

    /** The best passages, best first; empty when no symbol of the file is worth more than its outline. */
    static List<SymbolTargets.Target> find(List<SymbolFact> symbols, List<String> lines, int lineCount,
            List<String> terms, TermRarity rarity) {
        List<String> needles = new ArrayList<>(new LinkedHashSet<>(
                terms.stream().filter(t -> t.length() >= SnippetCutter.MIN_TERM_LENGTH).toList()));
        int[][] holding = SnippetCutter.linesHolding(lines.subList(0, Math.min(lines.size(), lineCount)), needles);
        List<Scored> scored = new ArrayList<>();
        for (SymbolFact s : symbols) {
            if (SymbolTargets.isContainer(s)) {
                continue; // a type spans its members: they are the passages
            }
            double score = 0;
            for (int k = 0; k < holding.length; k++) {
                int tf = count(holding[k], s.lineStart(), s.lineEnd());
                score += tf == 0 ? 0 : rarity.of(needles.get(k)) * tf / (tf + K1);
            }
            if (score >= MIN_SCORE) {
                scored.add(new Scored(s, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(x -> x.symbol().lineStart()));
        List<SymbolTargets.Target> out = new ArrayList<>(MAX_PASSAGES);
        List<SymbolFact> chosen = new ArrayList<>(MAX_PASSAGES);
        for (Scored x : scored) {
            if (out.size() == MAX_PASSAGES) {
                break;
            }
            if (chosen.stream().noneMatch(c -> overlap(c, x.symbol()))) {
                chosen.add(x.symbol());
                out.add(SymbolTargets.focused(SymbolTargets.target(x.symbol(), 0, x.score(), lineCount), lines,
                        terms, rarity, lineCount));
            }
        }
        return out;
    }

    /** How many of the ascending {@code lines} lie in {@code first..last}. */
    private static int count(int[] lines, int first, int last) {
        int from = lowerBound(lines, first);
        int to = lowerBound(lines, last + 1);
        return to - from;
    }

    /** The first index of {@code a} (ascending, no repeats) holding {@code key} or more. */
    private static int lowerBound(int[] a, int key) {
        int at = Arrays.binarySearch(a, key);
        return at >= 0 ? at : -at - 1;
    }

    private static boolean overlap(SymbolFact a, SymbolFact b) {
        return a.lineStart() <= b.lineEnd() && b.lineStart() <= a.lineEnd();
    }
}
