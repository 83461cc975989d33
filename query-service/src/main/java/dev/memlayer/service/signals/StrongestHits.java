package dev.memlayer.service.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many hits of one signal count, in one place: a common word can touch thousands of files, and every
 * hit costs a reason; a file below {@value #MAX} others on one signal cannot reach the answer through that
 * signal alone. The ranker applies it to every signal; a signal whose evidence is costly to spell out applies
 * it first ({@link #positions}), and spells out only what will be kept.
 */
public final class StrongestHits {

    /** Hits kept per signal. */
    public static final int MAX = 400;

    private StrongestHits() {
    }

    /**
     * The {@value #MAX} strongest hits, strongest first (a stable sort by score); all of them, in their
     * order, when there are no more.
     */
    public static List<SignalHit> of(List<SignalHit> hits) {
        if (hits.size() <= MAX) {
            return hits;
        }
        double[] scores = new double[hits.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = hits.get(i).score();
        }
        List<SignalHit> kept = new ArrayList<>(MAX);
        for (int i : positions(scores)) {
            kept.add(hits.get(i));
        }
        kept.sort(Comparator.comparingDouble(SignalHit::score).reversed());
        return kept;
    }

    /**
     * Positions of the hits {@link #of} keeps, in position order: those above the {@value #MAX}-th highest
     * score, then those at it in position order while places are left (what a stable sort by score would put
     * first, without sorting them all).
     */
    public static int[] positions(double[] scores) {
        int n = scores.length;
        if (n <= MAX) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted); // Double.compare order, as the comparisons below
        double cut = sorted[n - MAX];
        boolean[] keep = new boolean[n];
        int left = MAX;
        for (int i = 0; i < n; i++) {
            if (Double.compare(scores[i], cut) > 0) {
                keep[i] = true;
                left--;
            }
        }
        for (int i = 0; i < n && left > 0; i++) {
            if (Double.compare(scores[i], cut) == 0) {
                keep[i] = true;
                left--;
            }
        }
        int[] kept = new int[MAX];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept[k++] = i;
            }
        }
        return kept;
    }
}
