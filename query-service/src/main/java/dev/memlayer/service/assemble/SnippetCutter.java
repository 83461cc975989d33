package dev.memlayer.service.assemble;

import dev.memlayer.service.render.LineRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Line windows around lines that contain task terms, best first. A line's weight is the sum, over
 * the terms it contains, of the term's {@link TermRarity} / (lines containing that term), so a line with a
 * rare term ({@code discount17}) beats one of many lines with a common one ({@code discount}), and a word
 * every top file holds (the project's name) barely counts; a window's score is the sum of its lines'
 * weights. A file with no matching line gets its head, where imports and the type declaration usually say
 * what it is.
 */
final class SnippetCutter {

    static final int RADIUS = 3;
    static final int MAX_WINDOW_LINES = 15;
    static final int MAX_WINDOWS = 8;
    static final int HEAD_LINES = 25;
    static final int MIN_TERM_LENGTH = 3;

    /** A window and the line that weighs most in it (the centre to shrink around). */
    record Snippet(LineRange range, int focus, double score) {
    }

    private SnippetCutter() {
    }

    /** Windows in relevance order (best first); never empty for a non-empty file. */
    static List<Snippet> cut(List<String> lines, List<String> terms, TermRarity rarity) {
        List<Snippet> windows = windows(lineWeights(lines, terms, rarity));
        if (windows.isEmpty()) {
            int end = Math.min(lines.size(), HEAD_LINES);
            return end < 1 ? List.of() : List.of(new Snippet(new LineRange(1, end), 1, 0));
        }
        return windows.stream()
                .sorted(Comparator.comparingDouble(Snippet::score).reversed()
                        .thenComparingInt(s -> s.range().first()))
                .limit(MAX_WINDOWS)
                .toList();
    }

    /** Windows around the lines of non-zero weight, in line order; 1-based lines. */
    private static List<Snippet> windows(double[] weights) {
        int lineCount = weights.length;
        List<Snippet> windows = new ArrayList<>();
        int first = -1;
        int last = -1;
        int focus = -1;
        double score = 0;
        for (int i = 0; i < lineCount; i++) {
            if (weights[i] == 0) {
                continue;
            }
            int lo = Math.max(1, i + 1 - RADIUS);
            int hi = Math.min(lineCount, i + 1 + RADIUS);
            if (first > 0 && lo <= last + 1 && hi - first < MAX_WINDOW_LINES) {
                last = hi;
                if (weights[i] > weights[focus - 1]) {
                    focus = i + 1;
                }
                score += weights[i];
            } else {
                if (first > 0) {
                    windows.add(new Snippet(new LineRange(first, last), focus, score));
                }
                first = lo;
                last = hi;
                focus = i + 1;
                score = weights[i];
            }
        }
        if (first > 0) {
            windows.add(new Snippet(new LineRange(first, last), focus, score));
        }
        return windows;
    }

    /**
     * The line (1-based) that weighs most in the best window among lines {@code first..last}
     * (1-based, inclusive), or 0 when no line there holds a task term. Lines are weighed as {@link #cut}
     * weighs them, over that range alone.
     */
    static int focusWithin(List<String> lines, int first, int last, List<String> terms, TermRarity rarity) {
        int lo = Math.max(1, first);
        int hi = Math.min(lines.size(), last);
        return lo > hi ? 0 : bestFocus(lineWeights(lines.subList(lo - 1, hi), terms, rarity), lo);
    }

    /** The focus of the best window over these line weights ({@link #windows}), offset to 1-based file lines. */
    private static int bestFocus(double[] weights, int lo) {
        List<Snippet> windows = windows(weights);
        Snippet best = null;
        for (Snippet w : windows) {
            if (best == null || w.score() > best.score()) {
                best = w;
            }
        }
        return best == null ? 0 : best.focus() + lo - 1;
    }

    /** Narrower versions of a window around its focus line, widest first, down to the line alone. */
    static List<LineRange> shrink(Snippet s, int lineCount) {
        List<LineRange> out = new ArrayList<>();
        for (int r = RADIUS - 1; r >= 0; r--) {
            out.add(new LineRange(Math.max(1, s.focus() - r), Math.min(lineCount, s.focus() + r)));
        }
        return out;
    }

    /** Each line's weight (see the class comment). */
    private static double[] lineWeights(List<String> lines, List<String> terms, TermRarity rarity) {
        List<String> needles = terms.stream().filter(t -> t.length() >= MIN_TERM_LENGTH).toList();
        double[] weights = new double[lines.size()];
        int[][] holding = linesHolding(lines, needles);
        for (int k = 0; k < holding.length; k++) {
            double weight = rarity.of(needles.get(k)) / holding[k].length;
            for (int line : holding[k]) {
                weights[line - 1] += weight;
            }
        }
        return weights;
    }

    /**
     * For each needle (a lower-case task word), the lines (1-based, ascending, each once) that hold it as a word
     * ({@link WordFinder}). The lines are searched as one text, rather than each line for each needle: the range is
     * often a whole class, examined answer after answer.
     */
    static int[][] linesHolding(List<String> lines, List<String> needles) {
        int n = lines.size();
        int[][] out = new int[needles.size()][];
        if (n == 0) {
            Arrays.fill(out, new int[0]);
            return out;
        }
        int[] starts = new int[n + 1];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            starts[i] = sb.length();
            sb.append(lines.get(i)).append('\n'); // a word never spans the line break
        }
        starts[n] = sb.length();
        WordFinder text = new WordFinder(sb.toString());
        int[] hitLines = new int[n];
        for (int k = 0; k < out.length; k++) {
            String stem = WordFinder.stem(needles.get(k));
            int count = 0;
            int line = 0;
            for (int at = text.next(stem, 0); at >= 0; ) {
                while (starts[line + 1] <= at) {
                    line++;
                }
                hitLines[count++] = line + 1;
                at = text.next(stem, starts[line + 1]); // a line counts once per needle
            }
            out[k] = Arrays.copyOf(hitLines, count);
        }
        return out;
    }
}
