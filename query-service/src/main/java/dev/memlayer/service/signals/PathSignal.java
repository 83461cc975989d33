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
 * files the ranker keeps ({@link StrongestHits}) get their evidence written.
 */
public final class PathSignal implements Signal {

    public static final String NAME = "path";
    static final double STEM = 3.0;
    static final double NAME_PART = 1.0;
    static final double DIRECTORY = 0.3;

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
        Places places = Places.of(view);
        List<String> terms = new ArrayList<>();
        List<Double> idfs = new ArrayList<>();
        List<int[]> termPostings = new ArrayList<>();
        List<byte[]> termPlaces = new ArrayList<>();
        double[] weighted = new double[PLACES.length];
        for (String term : query.terms()) {
            int[] postings = view.postings(term);
            if (postings.length == 0) {
                continue;
            }
            double idf = Math.log(1.0 + (double) n / postings.length);
            byte[] place = places.of(term, postings, view);
            terms.add(term);
            idfs.add(idf);
            termPostings.add(postings);
            termPlaces.add(place);
            for (int p = 0; p < PLACES.length; p++) {
                weighted[p] = PLACES[p].weight * idf;
            }
            for (int j = 0; j < postings.length; j++) {
                int index = postings[j];
                if (score[index] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, Math.min(n, touched.length * 2));
                    }
                    touched[touchedCount++] = index;
                }
                score[index] += weighted[place[j]];
            }
        }
        int[] kept = strongest(score, touched, touchedCount);
        double best = STEM * Math.log(1.0 + n);
        List<SignalHit> hits = new ArrayList<>(kept.length);
        for (int index : kept) {
            ManifestEntry f = view.files().get(index);
            hits.add(new SignalHit(f, Math.min(1.0, score[index] / best),
                    () -> evidence(index, terms, idfs, termPostings, termPlaces)));
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

    private static final Place[] PLACES = Place.values();

    /**
     * Per view: for each path term asked so far, the {@link Place} (ordinal) of the term in each
     * file of its postings, aligned with {@link SnapshotView#postings}. Deciding the place costs
     * string comparisons on every posting of every term, the same answer on every request: it is
     * decided once per term and view, and dies with the view.
     */
    static final class Places {
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> byTerm =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Places of(SnapshotView view) {
            try {
                return view.derived(Places.class, v -> new Places());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e); // the deriver reads no database
            }
        }

        byte[] of(String term, int[] postings, SnapshotView view) {
            byte[] known = byTerm.get(term);
            if (known != null) {
                return known;
            }
            byte[] places = new byte[postings.length];
            for (int j = 0; j < postings.length; j++) {
                places[j] = (byte) Place.of(view.files().get(postings[j]), term).ordinal();
            }
            byTerm.putIfAbsent(term, places);
            return places;
        }
    }

    /** The touched file indexes the ranker keeps ({@link StrongestHits}), in file order. */
    private static int[] strongest(double[] score, int[] touched, int count) {
        double[] scores = new double[count];
        for (int i = 0; i < count; i++) {
            scores[i] = score[touched[i]];
        }
        int[] positions = StrongestHits.positions(scores);
        int[] kept = new int[positions.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = touched[positions[i]];
        }
        Arrays.sort(kept);
        return kept;
    }

    /**
     * The path terms of file {@code index}, in task order: a term is in the file's path exactly when
     * the file is in its (ascending) postings, where its place is recorded too.
     */
    private static String evidence(int index, List<String> terms, List<Double> idfs, List<int[]> postings,
            List<byte[]> places) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            int at = Arrays.binarySearch(postings.get(i), index);
            if (at < 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(terms.get(i)).append("' ").append(PLACES[places.get(i)[at]].label).append(" (idf ")
                    .append(Evidence.twoDecimals(idfs.get(i))).append(')');
        }
        return sb.toString();
    }
}
