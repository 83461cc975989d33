package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Task terms against path segments. Per term: the whole file-name stem ({@code invoiceservice})
 * counts {@value #STEM}, a part of the file name {@value #NAME_PART}, a directory segment
 * {@value #DIRECTORY}; each times an idf over paths, {@code ln(1 + N / df)}, so a term found in
 * few paths counts more than one found in most. The scale is absolute: a whole file-name match of a
 * term found in one path only is 1.0 ({@code STEM * ln(1 + N)}), so a common word in many paths stays weak.
 */
public final class PathSignal implements Signal {

    public static final String NAME = "path";
    static final double STEM = 3.0;
    static final double NAME_PART = 1.0;
    static final double DIRECTORY = 0.3;

    private static final class Tally {
        final ManifestEntry file;
        double score;
        final List<String> evidence = new ArrayList<>();

        Tally(ManifestEntry file) {
            this.file = file;
        }
    }

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
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String term : query.terms()) {
            int[] postings = view.postings(term);
            if (postings.length == 0) {
                continue;
            }
            double idf = Math.log(1.0 + (double) n / postings.length);
            for (int index : postings) {
                ManifestEntry f = view.files().get(index);
                double kind;
                String where;
                if (f.stem().equals(term)) {
                    kind = STEM;
                    where = "file name";
                } else if (f.nameTerms().contains(term)) {
                    kind = NAME_PART;
                    where = "file-name part";
                } else {
                    kind = DIRECTORY;
                    where = "directory";
                }
                Tally t = tallies.computeIfAbsent(f.path(), k -> new Tally(f));
                t.score += kind * idf;
                t.evidence.add(String.format(Locale.ROOT, "'%s' %s (idf %.2f)", term, where, idf));
            }
        }
        double best = STEM * Math.log(1.0 + n);
        List<SignalHit> hits = new ArrayList<>(tallies.size());
        for (Tally t : tallies.values()) {
            hits.add(new SignalHit(t.file, Math.min(1.0, t.score / best), String.join(", ", t.evidence)));
        }
        return hits;
    }
}
