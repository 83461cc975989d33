package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Task terms against path segments. Per term: the whole file-name stem ({@code invoiceservice})
 * counts {@value #STEM}, a part of the file name {@value #NAME_PART}, a directory segment
 * {@value #DIRECTORY}; each times an idf over paths, {@code ln(1 + N / df)}, so a term found in
 * few paths counts more than one found in most. The scale is absolute: a whole file-name match of a
 * term found in one path only is 1.0 ({@code STEM * ln(1 + N)}), so a common word in many paths stays weak.
 * A common path word touches thousands of files, so scores are summed by file index and only the
 * {@value #MAX_HITS} strongest files get their evidence written.
 */
public final class PathSignal implements Signal {

    public static final String NAME = "path";
    static final double STEM = 3.0;
    static final double NAME_PART = 1.0;
    static final double DIRECTORY = 0.3;
    static final int MAX_HITS = 400;

    @Override
    public String name() {
        return NAME;
    }

    /** Scores are divided by {@code STEM * ln(1 + N)} already. */
    @Override
    public double scale(List<SignalHit> hits) {
        return 1.0;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        int n = view.files().size();
        double[] score = new double[n];
        int[] touched = new int[Math.min(n, 1024)];
        int touchedCount = 0;
        List<String> terms = new ArrayList<>();
        List<Double> idfs = new ArrayList<>();
        for (String term : query.terms()) {
            int[] postings = view.postings(term);
            if (postings.length == 0) {
                continue;
            }
            double idf = Math.log(1.0 + (double) n / postings.length);
            terms.add(term);
            idfs.add(idf);
            for (int index : postings) {
                if (score[index] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, Math.min(n, touched.length * 2));
                    }
                    touched[touchedCount++] = index;
                }
                score[index] += Place.of(view.files().get(index), term).weight * idf;
            }
        }
        int[] kept = strongest(score, touched, touchedCount);
        double best = STEM * Math.log(1.0 + n);
        List<SignalHit> hits = new ArrayList<>(kept.length);
        for (int index : kept) {
            ManifestEntry f = view.files().get(index);
            hits.add(new SignalHit(f, Math.min(1.0, score[index] / best), evidence(f, terms, idfs)));
        }
        return hits;
    }

    /** Where a term of the file's path postings sits: the whole stem, a part of the file name, or a directory. */
    private enum Place {
        STEM_MATCH(STEM, "file name"),
        NAME_PART_MATCH(NAME_PART, "file-name part"),
        DIRECTORY_MATCH(DIRECTORY, "directory");

        final double weight;
        final String label;

        Place(double weight, String label) {
            this.weight = weight;
            this.label = label;
        }

        static Place of(ManifestEntry f, String term) {
            if (f.stem().equals(term)) {
                return STEM_MATCH;
            }
            return f.nameTerms().contains(term) ? NAME_PART_MATCH : DIRECTORY_MATCH;
        }
    }

    /** The touched file indexes with the {@value #MAX_HITS} highest scores, in file order. */
    private static int[] strongest(double[] score, int[] touched, int count) {
        int[] all = Arrays.copyOf(touched, count);
        if (count <= MAX_HITS) {
            return all;
        }
        double[] sorted = new double[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = score[all[i]];
        }
        Arrays.sort(sorted);
        double cut = sorted[count - MAX_HITS];
        int[] kept = new int[MAX_HITS];
        int k = 0;
        for (int i = 0; i < count && k < MAX_HITS; i++) {
            if (score[all[i]] > cut) {
                kept[k++] = all[i];
            }
        }
        for (int i = 0; i < count && k < MAX_HITS; i++) {
            if (score[all[i]] == cut) {
                kept[k++] = all[i];
            }
        }
        Arrays.sort(kept);
        return kept;
    }

    private static String evidence(ManifestEntry f, List<String> terms, List<Double> idfs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean inPath = f.nameTerms().contains(term) || f.dirTerms().contains(term);
            if (!inPath) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(term).append("' ").append(Place.of(f, term).label).append(" (idf ")
                    .append(Evidence.twoDecimals(idfs.get(i))).append(')');
        }
        return sb.toString();
    }
}
