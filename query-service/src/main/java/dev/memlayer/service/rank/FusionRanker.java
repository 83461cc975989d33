package dev.memlayer.service.rank;

import dev.memlayer.model.api.Intent;
import dev.memlayer.model.api.Reason;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.signals.MentionSignal;
import dev.memlayer.service.signals.PathSignal;
import dev.memlayer.service.signals.PinnedSignal;
import dev.memlayer.service.signals.Signal;
import dev.memlayer.service.signals.SignalHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sums each signal's raw score times its weight from {@link IntentWeights}, recording every
 * contribution as a {@link Reason}; drops files scoring zero, applies the exclude globs, then a
 * diversity cap so one directory cannot fill the top of the list.
 */
public final class FusionRanker {

    /** At most this many of the first {@link #TOP} places come from one directory. */
    static final int PER_DIRECTORY = 4;
    static final int TOP = 10;

    private final List<Signal> signals;

    public FusionRanker(List<Signal> signals) {
        this.signals = List.copyOf(signals);
    }

    /** The signals of this issue: pinned paths, mentions, path terms. */
    public static FusionRanker standard() {
        return new FusionRanker(List.of(new PinnedSignal(), new MentionSignal(), new PathSignal()));
    }

    public RankedCandidates rank(TaskQuery query, SnapshotView view, Intent intent, List<String> exclude) {
        Map<String, List<Reason>> reasons = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        Map<String, ManifestEntry> files = new HashMap<>();
        for (Signal signal : signals) {
            double weight = IntentWeights.weight(intent, signal.name());
            if (weight == 0) {
                continue;
            }
            for (SignalHit hit : signal.score(query, view)) {
                double contribution = weight * hit.score();
                String path = hit.file().path();
                files.put(path, hit.file());
                scores.merge(path, contribution, Double::sum);
                reasons.computeIfAbsent(path, k -> new ArrayList<>()).add(new Reason(signal.name(),
                        round(contribution), hit.evidence() + String.format(Locale.ROOT, " [%.2f × weight %.1f]",
                                hit.score(), weight)));
            }
        }
        GlobFilter globs = new GlobFilter(exclude);
        List<RankedFile> kept = new ArrayList<>();
        List<RankedFile> excluded = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            RankedFile rf = new RankedFile(files.get(e.getKey()), round(e.getValue()), reasons.get(e.getKey()));
            (globs.excludes(e.getKey()) ? excluded : kept).add(rf);
        }
        Comparator<RankedFile> order = Comparator.comparingDouble(RankedFile::score).reversed()
                .thenComparing(rf -> rf.file().path());
        kept.sort(order);
        excluded.sort(order);
        return new RankedCandidates(diversify(kept), excluded);
    }

    /** Keeps score order, except that a directory's fifth file in the top ten yields its place. */
    static List<RankedFile> diversify(List<RankedFile> sorted) {
        List<RankedFile> top = new ArrayList<>();
        List<RankedFile> deferred = new ArrayList<>();
        List<RankedFile> rest = new ArrayList<>();
        Map<String, Integer> perDirectory = new HashMap<>();
        for (RankedFile rf : sorted) {
            if (top.size() >= TOP) {
                rest.add(rf);
                continue;
            }
            String dir = rf.file().directory();
            int n = perDirectory.getOrDefault(dir, 0);
            if (n >= PER_DIRECTORY) {
                List<Reason> rs = new ArrayList<>(rf.reasons());
                rs.add(new Reason("diversity", 0.0, "moved below the top " + TOP + ": already " + PER_DIRECTORY
                        + " files from " + (dir.isEmpty() ? "the root" : dir + "/")));
                deferred.add(new RankedFile(rf.file(), rf.score(), rs));
            } else {
                perDirectory.put(dir, n + 1);
                top.add(rf);
            }
        }
        List<RankedFile> out = new ArrayList<>(sorted.size());
        out.addAll(top);
        out.addAll(deferred);
        out.addAll(rest);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
