package dev.memlayer.service.signals;

import dev.memlayer.service.plan.Mention;
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
 * ({@value #PATH_SUFFIX}), a file name ({@value #FILE_NAME}, shared among same-named files), or a
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
        for (Mention m : query.mentions()) {
            switch (m.kind()) {
                case PATH, FILE, FRAME -> matchPath(m.path(), view, best);
                case QUALIFIED -> matchStem(m.text().split("::|[.#]")[0], "mentions " + m.text(), view, best);
                case SYMBOL -> matchStem(m.text(), "mentions " + m.text(), view, best);
                case QUOTED -> {
                    // prose or an error message: a quoted name arrives as a SYMBOL mention
                }
            }
        }
        return new ArrayList<>(best.values());
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
        String lower = path.toLowerCase(Locale.ROOT);
        if (path.contains("/")) {
            String suffix = "/" + lower;
            for (ManifestEntry f : view.filesNamed(lower.substring(lower.lastIndexOf('/') + 1))) {
                String repoPath = f.path().toLowerCase(Locale.ROOT);
                // either side may carry more leading directories: a frame's absolute path ends with
                // the repository path; a short mention is a suffix of it
                if (repoPath.endsWith(suffix) || lower.endsWith("/" + repoPath)) {
                    keep(best, new SignalHit(f, PATH_SUFFIX, "mentions path " + path));
                }
            }
            return;
        }
        List<ManifestEntry> named = view.filesNamed(lower);
        for (ManifestEntry f : named) {
            double score = FILE_NAME / Math.sqrt(named.size());
            keep(best, new SignalHit(f, score, "mentions file name " + path
                    + (named.size() > 1 ? " (" + named.size() + " files share it)" : "")));
        }
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
