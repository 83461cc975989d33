package dev.memlayer.service.rank;

import static dev.memlayer.service.signals.Evidence.twoDecimals;

import dev.memlayer.model.api.Intent;
import dev.memlayer.model.api.Reason;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.DeprecatedSymbols;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.signals.ChurnSignal;
import dev.memlayer.service.signals.CoChangeSignal;
import dev.memlayer.service.signals.DeprecationSignal;
import dev.memlayer.service.signals.ExpansionSignal;
import dev.memlayer.service.signals.GraphSignal;
import dev.memlayer.service.signals.LexicalSignal;
import dev.memlayer.service.signals.MentionSignal;
import dev.memlayer.service.signals.PastCommitSignal;
import dev.memlayer.service.signals.PathSignal;
import dev.memlayer.service.signals.PinnedSignal;
import dev.memlayer.service.signals.PriorSignal;
import dev.memlayer.service.signals.RecencySignal;
import dev.memlayer.service.signals.ScopeSignal;
import dev.memlayer.service.signals.Seed;
import dev.memlayer.service.signals.Signal;
import dev.memlayer.service.signals.SignalHit;
import dev.memlayer.service.signals.StrongestHits;
import dev.memlayer.service.signals.SymbolSignal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fuses the signals in three stages: direct signals (the task text against the view), expansion
 * from the best {@value #SEEDS} of those (graph, co-change), and priors on what was found (churn).
 * Each signal's raw scores are scaled to [0, 1] ({@link Signal#scale}) and multiplied by its weight
 * from {@link IntentWeights}; every contribution is kept as a {@link Reason}, and the reasons of a
 * file sum to its score. Then test and documentation files are scaled down, the exclude globs
 * applied, and {@link DirectoryDiversity} keeps one directory from filling the top.
 */
public final class FusionRanker {

    /** Files the expansion signals start from. */
    static final int SEEDS = 5;

    private final List<Signal> direct;
    private final List<ExpansionSignal> expansions;
    private final List<PriorSignal> priors;
    /** Signals that name the symbols to show in files the others found ({@link SignalHit#focus}), scoring nothing. */
    private final List<Signal> focusing;

    public FusionRanker(List<Signal> direct, List<ExpansionSignal> expansions, List<PriorSignal> priors,
            List<Signal> focusing) {
        this.direct = List.copyOf(direct);
        this.expansions = List.copyOf(expansions);
        this.priors = List.copyOf(priors);
        this.focusing = List.copyOf(focusing);
    }

    public FusionRanker(List<Signal> direct, List<ExpansionSignal> expansions, List<PriorSignal> priors) {
        this(direct, expansions, priors, List.of());
    }

    public FusionRanker(List<Signal> direct) {
        this(direct, List.of(), List.of());
    }

    /**
     * Every signal: pinned, mention, path, lexical, symbol, past commits; graph and co-change; churn, recency
     * and scope; deprecated symbols as a focus only.
     */
    public static FusionRanker standard(LexicalSearch search, PastCommitSearch pastCommits,
            DeprecatedSymbols deprecated) {
        return new FusionRanker(
                List.of(new PinnedSignal(), new MentionSignal(), new PathSignal(), new LexicalSignal(search),
                        new SymbolSignal(), new PastCommitSignal(pastCommits)),
                List.of(new GraphSignal(), new CoChangeSignal()),
                List.of(new ChurnSignal(), new RecencySignal(), new ScopeSignal()),
                List.of(new DeprecationSignal(deprecated)));
    }

    /** One file's running total and the contributions that make it up. */
    private static final class Slot {
        final ManifestEntry file;
        double score;
        /** The file's index in the view, once looked up ({@link #UNKNOWN} until then). */
        int index = UNKNOWN;
        final List<LazyReasons.Pending> reasons = new ArrayList<>(4);
        /** The hits' focus symbols, in the order found; empty (and shared) until a hit has some. */
        List<String> focus = List.of();

        Slot(ManifestEntry file) {
            this.file = file;
        }

        void addFocus(List<String> names) {
            if (!names.isEmpty()) {
                focus = new ArrayList<>(focus);
                focus.addAll(names);
            }
        }
    }

    /**
     * One request's running totals. Keyed by the view's own entry objects (identity, no string
     * hashing): every hit of every signal lands here, so this map is the planner's hottest spot.
     */
    private static final class Tally {
        /** Sized for a typical request's candidates (a few hundred to a few thousand): no rehash on the way up. */
        final Map<ManifestEntry, Slot> slots = new IdentityHashMap<>(2048);

        Slot add(ManifestEntry f, String signal, double contribution, Supplier<String> evidence) {
            Slot slot = slots.computeIfAbsent(f, Slot::new);
            slot.score += contribution;
            slot.reasons.add(new LazyReasons.Pending(signal, round(contribution), evidence));
            return slot;
        }

        /** Adds every hit of one signal, scaled to [0, 1] by {@code scale}, times {@code weight}. */
        void addAll(String signal, List<SignalHit> hits, double scale, double weight) {
            if (scale <= 0) {
                return;
            }
            String ofWeight = " of scale × weight " + twoDecimals(weight) + "]";
            for (SignalHit hit : StrongestHits.of(hits)) {
                double normalized = normalize(hit.score(), scale);
                if (normalized > 0) {
                    add(hit.file(), signal, weight * normalized,
                            () -> hit.evidence() + " [" + twoDecimals(normalized) + ofWeight).addFocus(hit.focus());
                }
            }
        }
    }

    public RankedCandidates rank(TaskQuery query, SnapshotView view, Intent intent, List<String> exclude) {
        Tally tally = new Tally();
        for (Signal signal : direct) {
            double weight = IntentWeights.weight(intent, signal.name());
            if (weight == 0) {
                continue;
            }
            List<SignalHit> hits = signal.score(query, view);
            tally.addAll(signal.name(), hits, signal.scale(hits), weight);
        }
        List<Seed> seeds = seeds(tally.slots.values(), view, intent == Intent.TEST);
        if (!seeds.isEmpty()) {
            for (ExpansionSignal signal : expansions) {
                double weight = IntentWeights.weight(intent, signal.name());
                if (weight == 0) {
                    continue;
                }
                List<SignalHit> hits = signal.score(seeds, view);
                tally.addAll(signal.name(), hits, 1.0, weight);
            }
        }
        // The candidates and their view indexes, looked up once for all priors (a path lookup per
        // candidate per prior was a visible share of planning); again only if a prior added a file.
        List<ManifestEntry> candidates = List.of();
        int[] indexes = new int[0];
        for (PriorSignal prior : priors) {
            double weight = IntentWeights.weight(intent, prior.name());
            if (weight == 0) {
                continue;
            }
            if (candidates.size() != tally.slots.size()) {
                candidates = List.copyOf(tally.slots.keySet());
                indexes = new int[candidates.size()];
                for (int i = 0; i < indexes.length; i++) {
                    indexes[i] = indexOf(tally.slots.get(candidates.get(i)), view);
                }
            }
            String ofWeight = " × weight " + twoDecimals(weight) + "]";
            for (int i = 0; i < indexes.length; i++) {
                int file = indexes[i];
                double score = prior.score(query, view, file);
                if (score > 0) {
                    tally.add(candidates.get(i), prior.name(), weight * score,
                            () -> prior.evidence(query, view, file) + " [" + twoDecimals(score) + ofWeight);
                }
            }
        }
        for (Signal signal : focusing) {
            for (SignalHit hit : signal.score(query, view)) {
                Slot slot = tally.slots.get(hit.file());
                if (slot != null && !hit.focus().isEmpty()) {
                    slot.reasons.add(new LazyReasons.Pending(signal.name(), 0.0, hit::evidence));
                    slot.addFocus(hit.focus());
                }
            }
        }
        adjust(tally, intent);
        return order(tally, exclude, view);
    }

    private static final int UNKNOWN = -2;

    /** The slot's file index in the view, looked up once per request. */
    private static int indexOf(Slot slot, SnapshotView view) {
        if (slot.index == UNKNOWN) {
            slot.index = view.indexOf(slot.file);
        }
        return slot.index;
    }

    /** The best source files of the direct stage (tests too when the task is about tests), strongest first. */
    static List<Seed> seeds(Map<String, Double> scores, Map<String, ManifestEntry> files, SnapshotView view,
            boolean tests) {
        List<Slot> slots = new ArrayList<>();
        scores.forEach((path, score) -> {
            Slot slot = new Slot(files.get(path));
            slot.score = score;
            slots.add(slot);
        });
        return seeds(slots, view, tests);
    }

    private static List<Seed> seeds(Collection<Slot> slots, SnapshotView view, boolean tests) {
        // The best SEEDS by (score desc, path), kept sorted by insertion: only these few are
        // needed, and sorting every candidate of the direct stage was a visible share of planning.
        Slot[] best = new Slot[SEEDS];
        int n = 0;
        for (Slot s : slots) {
            if (s.score > 0 && (n < SEEDS || before(s, best[SEEDS - 1]))
                    && !s.file.document() && (tests || !s.file.test())) {
                int i = Math.min(n, SEEDS - 1);
                while (i > 0 && before(s, best[i - 1])) {
                    best[i] = best[i - 1];
                    i--;
                }
                best[i] = s;
                n = Math.min(n + 1, SEEDS);
            }
        }
        List<Seed> seeds = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Slot s = best[k];
            int index = indexOf(s, view);
            if (index >= 0) {
                seeds.add(new Seed(s.file, index, s.score / best[0].score));
            }
        }
        return seeds;
    }

    /** Seed order: higher score first, then path. */
    private static boolean before(Slot a, Slot b) {
        return a.score != b.score ? a.score > b.score : a.file.path().compareTo(b.file.path()) < 0;
    }

    /** Test files and documents yield to source files (by intent, see {@link IntentWeights}); pins do not yield. */
    private static void adjust(Tally tally, Intent intent) {
        double testFactor = IntentWeights.testFileFactor(intent);
        String testWhy = "test file: ranked below sources for a " + intent.wireName() + " task"; // once, not per file
        for (Slot slot : tally.slots.values()) {
            ManifestEntry f = slot.file;
            double factor = 1.0;
            double spared = 0.0;
            String why = null;
            // a pin is the caller's own choice: it keeps its whole weight whatever the file is
            double pin = contribution(slot, PinnedSignal.NAME);
            String pinned = pin > 0 ? ", pinned: its pin is not scaled" : "";
            if (f.test() && testFactor < 1.0) {
                factor = testFactor;
                spared = pin;
                why = testWhy + pinned;
            } else if (f.document()) {
                factor = IntentWeights.documentFactor(intent, f.history());
                double named = namedOutright(slot, intent);
                spared = named + pin;
                why = (f.history() ? "changelog (" : "documentation or data file (") + f.language() + ")"
                        + (named > 0 ? ", named by the task: its mention is not scaled" : "") + pinned;
            }
            if (why != null) {
                double delta = (slot.score - spared) * (factor - 1.0);
                slot.score += delta;
                String evidence = why + " [× " + twoDecimals(factor) + "]";
                slot.reasons.add(new LazyReasons.Pending("file_kind", round(delta), () -> evidence));
            }
        }
    }

    /**
     * The mention contribution of a file the task names by path or by its own file name, else 0: a
     * document asked for outright ({@code README.md}, {@code .gitignore}) is what the caller wants,
     * however documents rank otherwise. (A test named in a task is usually the symptom, not the change:
     * keeping tests' mentions lost recall on the dev set, so they stay scaled.)
     */
    private static double namedOutright(Slot slot, Intent intent) {
        double mention = contribution(slot, MentionSignal.NAME);
        double weight = IntentWeights.weight(intent, MentionSignal.NAME);
        // contributions are rounded in reasons: a hair of tolerance below the threshold
        return weight > 0 && mention / weight >= MentionSignal.NAMES_THE_FILE - 1e-3 ? mention : 0.0;
    }

    /** What one signal added to the file's score, from its reasons. */
    private static double contribution(Slot slot, String signal) {
        double sum = 0.0;
        for (LazyReasons.Pending r : slot.reasons) {
            if (signal.equals(r.signal())) {
                sum += r.weight();
            }
        }
        return sum;
    }

    private static RankedCandidates order(Tally tally, List<String> exclude, SnapshotView view) {
        GlobFilter globs = new GlobFilter(exclude);
        List<RankedFile> kept = new ArrayList<>();
        List<Slot> keptSlots = new ArrayList<>();
        List<RankedFile> excluded = new ArrayList<>();
        List<Slot> excludedSlots = new ArrayList<>();
        for (Slot slot : tally.slots.values()) {
            if (slot.score <= 0) {
                continue;
            }
            RankedFile rf = new RankedFile(slot.file, round(slot.score), new LazyReasons(slot.reasons), slot.focus);
            boolean out = globs.excludes(slot.file.path());
            (out ? excluded : kept).add(rf);
            (out ? excludedSlots : keptSlots).add(slot);
        }
        return new RankedCandidates(DirectoryDiversity.diversify(sorted(kept, keptSlots, view)), sorted(excluded, excludedSlots, view));
    }

    /** {@link CandidateOrder#sorted} with the slots' raw scores and view indexes. */
    private static List<RankedFile> sorted(List<RankedFile> files, List<Slot> slots, SnapshotView view) {
        double[] scores = new double[slots.size()];
        int[] indexes = new int[slots.size()];
        for (int i = 0; i < indexes.length; i++) {
            scores[i] = slots.get(i).score;
            indexes[i] = indexOf(slots.get(i), view);
        }
        return CandidateOrder.sorted(files, scores, indexes, view);
    }

    /** {@code raw / scale}, capped at 1: the signal's best hit (or absolute scale) is 1. */
    static double normalize(double raw, double scale) {
        if (scale <= 0 || raw <= 0) {
            return 0;
        }
        return Math.min(1.0, raw / scale);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
