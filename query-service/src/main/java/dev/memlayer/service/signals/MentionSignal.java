package dev.memlayer.service.signals;

import dev.memlayer.service.plan.Mention;
import dev.memlayer.service.plan.PathMatch;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Files the task names outright: an exact repository path ({@value #EXACT_PATH}), a path suffix
 * ({@value #PATH_SUFFIX}), a file name ({@value #FILE_NAME}, shared among same-named files; so counts a
 * top-level file that only ends a longer path, whose directories the repository does not have), or a
 * {@code Class.method}, identifier or kebab-case name ({@code no-shadow}, {@code `--no-semi`}, read as such
 * by {@link dev.memlayer.service.plan.TaskParser}) equal to a file-name stem in any naming convention
 * ({@value #TYPE_NAME}, see {@link CompactStems}).
 */
public final class MentionSignal implements Signal {

    public static final String NAME = "mention";
    static final double EXACT_PATH = 5.0;
    static final double PATH_SUFFIX = 4.0;
    static final double FILE_NAME = 3.0;
    static final double TYPE_NAME = 2.5;
    /**
     * A mention at least this strong, as a share of the scale, names the file itself: its path, or a
     * file name no other file has. A name shared with other files or a type name stays below it.
     */
    public static final double NAMES_THE_FILE = FILE_NAME / EXACT_PATH;
    /** Each frame further from the error keeps this much less of its path mention ... */
    static final double FRAME_STEP = 0.1;
    /**
     * ... down to this share: an outer frame still names its file outright ({@link #PATH_SUFFIX} × this is
     * {@link #NAMES_THE_FILE} of the scale), it only ranks below the frames nearer the error.
     */
    static final double FRAME_FLOOR = 0.75;

    /** Absolute scale: naming a path outright is full strength, weaker mentions stay weaker. */
    @Override
    public double scale(List<SignalHit> hits) {
        return EXACT_PATH;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        Map<String, SignalHit> best = new LinkedHashMap<>();
        frames(query.mentions(), view, best);
        for (Mention m : query.mentions()) {
            switch (m.kind()) {
                case PATH, FILE -> matchPath(m.path(), view, best);
                case FRAME -> {
                    // scored with the other frames of the trace, by their distance from the error
                }
                case QUALIFIED -> matchStem(m.text().split("::|[.#]")[0], "mentions " + m.text(), view, best);
                case SYMBOL -> matchStem(m.text(), "mentions " + m.text(), view, best);
                case QUOTED -> {
                    // prose or an error message: a quoted name arrives as a SYMBOL mention
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    /**
     * The frames of the task's traces that are files of the view, each scored as a path mention times
     * {@link #frameFactor} of its place counted from the error: the frame that raised it is where a fix most
     * often goes, the outer frames are the way there. Python prints a trace with the innermost frame last,
     * the other languages first; frames outside the repository (the runtime, the caller's own code) do not
     * count, so the innermost frame of the repository is the first place.
     */
    private static void frames(List<Mention> mentions, SnapshotView view, Map<String, SignalHit> best) {
        List<Map<String, SignalHit>> found = new ArrayList<>();
        List<Boolean> innermostLast = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.FRAME) {
                continue;
            }
            Map<String, SignalHit> hits = new LinkedHashMap<>();
            matchPath(m.path(), view, hits);
            if (!hits.isEmpty()) {
                found.add(hits);
                innermostLast.add(isPython(m.path()));
            }
        }
        int innermostFirst = (int) innermostLast.stream().filter(last -> !last).count();
        int lastSeen = 0;
        for (int i = 0, firstSeen = 0; i < found.size(); i++) {
            int place = innermostLast.get(i) ? found.size() - innermostFirst - 1 - lastSeen++ : firstSeen++;
            double factor = frameFactor(place);
            String which = place == 0 ? " (the frame nearest the error)"
                    : " (frame " + (place + 1) + " from the error)";
            for (SignalHit h : found.get(i).values()) {
                keep(best, new SignalHit(h.file(), h.score() * factor, () -> h.evidence() + which));
            }
        }
    }

    /** A frame's share by its place from the error (0: the innermost frame of the repository). */
    static double frameFactor(int place) {
        return Math.max(FRAME_FLOOR, 1.0 - FRAME_STEP * place);
    }

    private static boolean isPython(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".py") || lower.endsWith(".pyw") || lower.endsWith(".pyi");
    }

    private static void matchPath(String path, SnapshotView view, Map<String, SignalHit> best) {
        if (path == null || path.isEmpty()) {
            return;
        }
        ManifestEntry exact = view.file(path);
        if (exact != null) {
            keep(best, new SignalHit(exact, EXACT_PATH, "mentions path " + path));
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        List<ManifestEntry> named = view.filesNamed(name);
        for (ManifestEntry f : named) {
            switch (PathMatch.of(path, f.path())) {
                case SAME, SUFFIX -> keep(best, new SignalHit(f, PATH_SUFFIX, "mentions path " + path));
                case FILE_NAME -> keep(best, new SignalHit(f, fileNameShare(named),
                        "mentions file name " + path + shared(named)));
                case FILE_NAME_ONLY -> keep(best, new SignalHit(f, fileNameShare(named),
                        "mentions file name " + f.path() + " at the end of path " + path + shared(named)));
                case NONE -> {
                    // the same name in another directory
                }
            }
        }
    }

    /** A file name's strength, shared among the files that have it. */
    private static double fileNameShare(List<ManifestEntry> named) {
        return FILE_NAME / Math.sqrt(named.size());
    }

    private static String shared(List<ManifestEntry> named) {
        return named.size() > 1 ? " (" + named.size() + " files share it)" : "";
    }

    private static void matchStem(String identifier, String evidence, SnapshotView view,
            Map<String, SignalHit> best) {
        List<ManifestEntry> same = CompactStems.of(view).named(identifier);
        // A source file shares its name with its test and its page of documentation (no-shadow.js,
        // tests/…/no-shadow.js, docs/…/no-shadow.md): those are ranked down by kind anyway, and must
        // not thin out the source file's share.
        long sources = same.stream().filter(f -> !f.test() && !f.document()).count();
        double share = TYPE_NAME / Math.sqrt(sources > 0 ? sources : same.size());
        for (ManifestEntry f : same) {
            keep(best, new SignalHit(f, share, evidence + " = file name " + f.fileName()));
        }
    }

    private static void keep(Map<String, SignalHit> best, SignalHit hit) {
        best.merge(hit.file().path(), hit, (a, b) -> a.score() >= b.score() ? a : b);
    }
}
