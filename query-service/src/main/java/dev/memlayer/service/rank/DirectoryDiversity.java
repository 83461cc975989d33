package dev.memlayer.service.rank;

import static dev.memlayer.service.signals.Evidence.twoDecimals;

import dev.memlayer.model.api.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking's last step: one directory must not fill the top of the list (a task's second and third
 * file often live elsewhere), yet a clearly better file must not lose its place to a worse one for it.
 */
final class DirectoryDiversity {

    /** Files of one directory that take places in the first {@link #TOP} at their full score. */
    static final int PER_DIRECTORY = 4;
    static final int TOP = 10;
    /** A crowded directory's next file competes at this share of its score, per file beyond the free ones. */
    static final double CROWDING = 0.75;
    /** Files looked at for each of the first {@link #TOP} places (past these, a score cannot win a place back). */
    static final int DIVERSITY_WINDOW = 50;

    private DirectoryDiversity() {
    }

    /**
     * Fills the top {@value #TOP} greedily by score, where a directory's fifth file and every later one
     * compete at {@value #CROWDING} times their score per file of that directory already placed beyond
     * the {@value #PER_DIRECTORY} free ones: a crowded directory yields to a near equal elsewhere, but a
     * much stronger file keeps its place. Scores are not changed, so the order may differ from score order
     * (the rank says which is which); the rest follows in score order.
     */
    static List<RankedFile> diversify(List<RankedFile> sorted) {
        int n = sorted.size();
        boolean[] placed = new boolean[n];
        List<RankedFile> out = new ArrayList<>(n);
        Map<String, Integer> perDirectory = new HashMap<>();
        while (out.size() < Math.min(TOP, n)) {
            int chosen = -1;
            double best = Double.NEGATIVE_INFINITY;
            double chosenFactor = 1.0;
            for (int i = 0, looked = 0; i < n && looked < DIVERSITY_WINDOW; i++) {
                if (placed[i]) {
                    continue;
                }
                looked++;
                RankedFile rf = sorted.get(i);
                double factor = crowding(perDirectory.getOrDefault(rf.file().directory(), 0));
                if (rf.score() * factor > best) {
                    best = rf.score() * factor;
                    chosen = i;
                    chosenFactor = factor;
                }
            }
            placed[chosen] = true;
            RankedFile rf = sorted.get(chosen);
            String dir = rf.file().directory();
            int already = perDirectory.merge(dir, 1, Integer::sum) - 1;
            out.add(chosenFactor < 1.0 ? withDiversity(rf, "ranked as if × " + twoDecimals(chosenFactor)
                    + ": already " + already + " files from " + shown(dir) + " above it") : rf);
        }
        for (int i = 0; i < Math.min(TOP, n); i++) { // score order's top ten that lost their place
            if (!placed[i]) {
                placed[i] = true;
                RankedFile rf = sorted.get(i);
                out.add(withDiversity(rf, "moved below the top " + TOP + ": " + perDirectory.get(rf.file().directory())
                        + " files from " + shown(rf.file().directory()) + " are above it"));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** The factor a file competes at with {@code placed} files of its directory already in the top. */
    static double crowding(int placed) {
        return placed < PER_DIRECTORY ? 1.0 : Math.pow(CROWDING, placed - PER_DIRECTORY + 1);
    }

    private static RankedFile withDiversity(RankedFile rf, String why) {
        List<Reason> rs = new ArrayList<>(rf.reasons());
        rs.add(new Reason("diversity", 0.0, why));
        return new RankedFile(rf.file(), rf.score(), rs, rf.focus());
    }

    private static String shown(String dir) {
        return dir.isEmpty() ? "the root" : dir + "/";
    }

}
