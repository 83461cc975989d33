package dev.memlayer.service.signals;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What {@link SymbolSignal} adds for one symbol name in one view — each defining file, its score
 * and its evidence — depends on the view alone (how many files define the name, which symbol and
 * kind, whether it is compound), never on the task: so it is worked out once per view and name,
 * kept with the view ({@code SnapshotView.derived}) and dropped with it. Bounded: a long-lived view
 * asked many distinct names simply starts over.
 */
final class SymbolDefinitions {

    /** Names kept per view (a common name in a large repository holds thousands of definers). */
    static final int MAX_NAMES = 4_096;

    /**
     * One name's contributions: parallel arrays over its defining files, in index order. {@code focus}: the
     * defined symbol's name where the task did not write it (a near spelling, other predicate words), for the
     * file's snippets to show; else null.
     */
    record Contributions(int[] files, double[] scores, String[] evidence, String[] focus) {

        /** All of {@code parts} in one, in order (a file may appear once per part). */
        static Contributions concat(java.util.List<Contributions> parts) {
            int n = 0;
            for (Contributions c : parts) {
                n += c.files.length;
            }
            int[] files = new int[n];
            double[] scores = new double[n];
            String[] evidence = new String[n];
            String[] focus = new String[n];
            int at = 0;
            for (Contributions c : parts) {
                System.arraycopy(c.files, 0, files, at, c.files.length);
                System.arraycopy(c.scores, 0, scores, at, c.files.length);
                System.arraycopy(c.evidence, 0, evidence, at, c.files.length);
                System.arraycopy(c.focus, 0, focus, at, c.files.length);
                at += c.files.length;
            }
            return new Contributions(files, scores, evidence, focus);
        }
    }

    private final ConcurrentHashMap<String, Contributions> byKey = new ConcurrentHashMap<>();

    /** The contributions under {@code key}, computed by {@code compute} the first time. */
    Contributions get(String key, Function<String, Contributions> compute) {
        Contributions known = byKey.get(key);
        if (known != null) {
            return known;
        }
        Contributions made = compute.apply(key);
        if (byKey.size() >= MAX_NAMES) {
            byKey.clear();
        }
        byKey.put(key, made);
        return made;
    }
}
