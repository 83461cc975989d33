package dev.memlayer.service.rank;

import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The final order of the ranked files, score descending then path, sorted as primitive keys: the
 * score in thousandths (what the ranker's rounding keeps, so the same order as the rounded
 * scores) above the path's rank in the view's path order ({@link PathRanks}). Thousands of
 * candidates with many equal scores made the path comparisons of an object sort a visible share
 * of planning. Falls back to the comparator for anything the keys cannot hold.
 */
final class CandidateOrder {

    /** Score descending, then path. */
    static final Comparator<RankedFile> ORDER = (a, b) -> a.score() != b.score()
            ? Double.compare(b.score(), a.score()) : a.file().path().compareTo(b.file().path());
    private static final int PATH_RANK_BITS = 25;
    private static final long MAX_THOUSANDTHS = 1L << (63 - PATH_RANK_BITS);

    private CandidateOrder() {
    }

    /**
     * {@code files} in {@link #ORDER}; {@code scores[i]} is file i's unrounded score (its
     * {@code score()} is that rounded to thousandths) and {@code indexes[i]} its index in the view.
     */
    static List<RankedFile> sorted(List<RankedFile> files, double[] scores, int[] indexes, SnapshotView view) {
        if (files.size() < 2) {
            return files;
        }
        int[] pathRank = PathRanks.of(view);
        long[] keys = new long[files.size()];
        RankedFile[] byRank = new RankedFile[pathRank.length];
        for (int i = 0; i < keys.length; i++) {
            long thousandths = Math.round(scores[i] * 1000.0);
            int index = indexes[i];
            if (index < 0 || index >= pathRank.length || pathRank[index] >= 1 << PATH_RANK_BITS
                    || thousandths < 0 || thousandths >= MAX_THOUSANDTHS
                    || byRank[pathRank[index]] != null) { // two entries of one path: not this view's own files
                List<RankedFile> copy = new ArrayList<>(files);
                copy.sort(ORDER);
                return copy;
            }
            keys[i] = (MAX_THOUSANDTHS - 1 - thousandths) << PATH_RANK_BITS | pathRank[index];
            byRank[pathRank[index]] = files.get(i);
        }
        Arrays.sort(keys);
        List<RankedFile> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            out.add(byRank[(int) (key & ((1 << PATH_RANK_BITS) - 1))]);
        }
        return out;
    }

    /** Per view: each file's position in path order ({@link String#compareTo}), built once and dropped with the view. */
    static final class PathRanks {
        private final int[] ranks;

        private PathRanks(SnapshotView view) {
            List<ManifestEntry> files = view.files();
            Integer[] order = new Integer[files.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> files.get(a).path().compareTo(files.get(b).path()));
            ranks = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                ranks[order[r]] = r;
            }
        }

        static int[] of(SnapshotView view) {
            try {
                return view.derived(PathRanks.class, PathRanks::new).ranks;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e); // built from the view alone
            }
        }
    }
}
