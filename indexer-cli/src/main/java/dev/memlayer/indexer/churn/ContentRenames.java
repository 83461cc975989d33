package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.SimilarityIndex;
import org.eclipse.jgit.diff.SimilarityIndex.TableFullException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.ObjectStream;

/**
 * Pairs deleted with added files by similar content, scored as JGit's rename detection scores them
 * (git's rule: 99 % content similarity, 1 % path similarity, at least 60), but with each blob read
 * and hashed once. JGit hashes the added file again for every deleted file it is compared with
 * ({@code SimilarityRenameDetector.buildMatrix}), so a commit moving 300 Java files (each edited, as
 * a move edits the package line) read and hashed 90 000 blobs: most of a first run's history time
 * on a Java repository (assertj: 6.7 of 9 s). Same candidates, same scores, same greedy choice of
 * the best pairs; only ties between equal scores are broken by path order here where JGit used the
 * order of a hash map.
 *
 * <p>The indexes kept for reuse are bounded ({@link #CACHE_BYTES} of blob content per call, an index
 * being about the size of its blob's distinct lines); past that, an index is computed for each pair
 * as JGit does, so a commit moving a thousand large files stays within memory.
 *
 * <p>A deleted file claimed by a second, lower-scored match stays a rename of the first; that
 * second added file is then a copy, which history stores as an add, as it does every added file
 * left unpaired.
 */
final class ContentRenames {

    /** The score a pair must reach: git's and JGit's default ({@code diff.renames} similarity 60 %). */
    static final int MIN_SCORE = 60;

    /** Blob bytes whose similarity indexes one call keeps for reuse. */
    static final long CACHE_BYTES = 64L << 20;

    private final ObjectReader reader;
    private final int maxBytes;
    private final long cacheBytes;
    /** Blob bytes of the indexes kept by the current call. */
    private long cached;

    /** @param maxBytes larger blobs are never paired by content (JGit's big-file threshold) */
    ContentRenames(ObjectReader reader, int maxBytes) {
        this(reader, maxBytes, CACHE_BYTES);
    }

    ContentRenames(ObjectReader reader, int maxBytes, long cacheBytes) {
        this.reader = reader;
        this.maxBytes = maxBytes;
        this.cacheBytes = cacheBytes;
    }

    /** A rename found by content: the deleted and the added entry. */
    record Pair(DiffEntry deleted, DiffEntry added) {
    }

    /**
     * The renames among {@code deleted} and {@code added} (each in path order), best scores first.
     * Blobs missing from the repository fail the call ({@code MissingObjectException}), as in JGit.
     */
    List<Pair> find(List<DiffEntry> deleted, List<DiffEntry> added) throws IOException {
        cached = 0;
        Side sources = new Side(deleted, true, false); // each source is hashed for its own row only
        Side targets = new Side(added, false, true);
        long[] matrix = new long[deleted.size() * added.size()];
        int filled = 0;
        for (int s = 0; s < deleted.size(); s++) {
            DiffEntry src = deleted.get(s);
            if (!isFile(src.getOldMode())) {
                continue;
            }
            SimilarityIndex a = null; // hashed when the first target passes the size filters, as in JGit
            for (int d = 0; d < added.size(); d++) {
                DiffEntry dst = added.get(d);
                if (!isFile(dst.getNewMode()) || targets.unusable(d)) {
                    continue;
                }
                long srcSize = sources.size(s);
                long dstSize = targets.size(d);
                long max = Math.max(srcSize, dstSize);
                if (Math.min(srcSize, dstSize) * 100 / max < MIN_SCORE || max > maxBytes) {
                    continue; // sizes too different to reach the score, or a file too big to hash
                }
                if (a == null) {
                    a = sources.index(s);
                    if (a == null) {
                        break; // binary or too varied to hash: never a source
                    }
                }
                SimilarityIndex b = targets.index(d);
                if (b == null) {
                    continue;
                }
                int contentScore = a.score(b, 10_000);
                int nameScore = PathSimilarity.score(src.getOldPath(), dst.getNewPath()) * 100;
                int score = (contentScore * 99 + nameScore) / 10_000;
                if (score >= MIN_SCORE) {
                    matrix[filled++] = encode(score, s, d);
                }
            }
        }
        Arrays.sort(matrix, 0, filled);
        return choose(matrix, filled, deleted, added);
    }

    /** Best score first; on equal scores the earlier source, then the earlier target (the encoding's order). */
    private static List<Pair> choose(long[] matrix, int filled, List<DiffEntry> deleted, List<DiffEntry> added) {
        boolean[] sourceUsed = new boolean[deleted.size()];
        boolean[] targetClaimed = new boolean[added.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int i = filled - 1; i >= 0; i--) {
            int s = decode((int) (matrix[i] >>> INDEX_BITS) & INDEX_MASK);
            int d = decode((int) matrix[i] & INDEX_MASK);
            if (targetClaimed[d]) {
                continue;
            }
            targetClaimed[d] = true;
            if (!sourceUsed[s]) {
                sourceUsed[s] = true;
                pairs.add(new Pair(deleted.get(s), added.get(d)));
            }
            // else a copy of an already renamed file: stored as an add
        }
        return pairs;
    }

    private static final int INDEX_BITS = 28;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;

    /** Score in the high bits; indexes inverted, so on equal scores a lower index sorts later and is taken first. */
    private static long encode(int score, int source, int target) {
        return ((long) score << (2 * INDEX_BITS)) | ((long) (INDEX_MASK - source) << INDEX_BITS) | (INDEX_MASK - target);
    }

    private static int decode(int encoded) {
        return INDEX_MASK - encoded;
    }

    private static boolean isFile(FileMode mode) {
        return (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    /** One side's entries with their sizes and similarity indexes, computed on first use and kept if {@code keep}. */
    private final class Side {

        private final List<DiffEntry> entries;
        private final boolean old;
        private final boolean keep;
        private final long[] sizes;
        private final SimilarityIndex[] indexes;
        /** Binary content (skipped, as JGit's skip-binary option does) or a table overflow. */
        private final boolean[] unusable;

        Side(List<DiffEntry> entries, boolean old, boolean keep) {
            this.entries = entries;
            this.old = old;
            this.keep = keep;
            this.sizes = new long[entries.size()];
            this.indexes = new SimilarityIndex[entries.size()];
            this.unusable = new boolean[entries.size()];
        }

        /** Size plus one, as JGit compares them (an empty file is not infinitely smaller). */
        long size(int i) throws IOException {
            if (sizes[i] == 0) {
                try {
                    sizes[i] = reader.getObjectSize(id(i).toObjectId(), Constants.OBJ_BLOB) + 1;
                } catch (MissingObjectException e) {
                    sizes[i] = 1; // as JGit: a missing blob fails only once it is opened
                }
            }
            return sizes[i];
        }

        boolean unusable(int i) {
            return unusable[i];
        }

        /** The similarity index, or null when the blob is binary or overflows the index. */
        SimilarityIndex index(int i) throws IOException {
            if (indexes[i] != null || unusable[i]) {
                return indexes[i];
            }
            ObjectLoader loader = reader.open(id(i).toObjectId(), Constants.OBJ_BLOB);
            try {
                if (isBinary(loader)) {
                    unusable[i] = true;
                    return null;
                }
                SimilarityIndex index = SimilarityIndex.create(loader);
                if (keep && cached + loader.getSize() <= cacheBytes) {
                    cached += loader.getSize();
                    indexes[i] = index;
                }
                return index;
            } catch (TableFullException e) {
                unusable[i] = true;
                return null;
            }
        }

        private AbbreviatedObjectId id(int i) {
            return old ? entries.get(i).getOldId() : entries.get(i).getNewId();
        }
    }

    /** JGit's binary test for similarity: a NUL in the first 8 000 bytes, or a lone CR (as git decides). */
    private static boolean isBinary(ObjectLoader loader) throws IOException {
        if (loader.isLarge()) {
            try (ObjectStream in = loader.openStream()) {
                return RawText.isBinary(in);
            }
        }
        byte[] raw = loader.getCachedBytes();
        return RawText.isBinary(raw, raw.length, true);
    }
}
