package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Blob contents for one commit's rename detection, each inflated once. JGit's similarity pass scores
 * every (deleted, added) pair and opens the added file's blob again for each deleted one it is
 * compared with: with 40 deletes and 40 adds every added blob was inflated 40 times (the history
 * thread's largest cost on a cold run). This source answers the same sizes and bytes as JGit's own
 * ({@code ContentSource.create(reader)}), from memory after the first read, so the renames found
 * are the same. Blobs JGit streams (larger than its in-memory limit) and anything past
 * {@link #MAX_CACHED_BYTES} are read through every time. One instance per commit; not thread-safe.
 */
final class CachedBlobSource extends ContentSource {

    /** Bytes kept per commit; a commit adding huge files reads the rest from the pack as before. */
    static final long MAX_CACHED_BYTES = 64L << 20;

    private final ObjectReader reader;
    private final Map<ObjectId, byte[]> bytes = new HashMap<>();
    private final Map<ObjectId, Long> sizes = new HashMap<>();
    private long cached;
    private int reads;

    CachedBlobSource(ObjectReader reader) {
        this.reader = reader;
    }

    @Override
    public long size(String path, ObjectId id) throws IOException {
        Long known = sizes.get(id);
        if (known != null) {
            return known;
        }
        long size;
        try {
            size = reader.getObjectSize(id, Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
            size = 0; // as JGit's reader source: a missing blob scores as empty
        }
        sizes.put(id, size);
        return size;
    }

    @Override
    public ObjectLoader open(String path, ObjectId id) throws IOException {
        byte[] known = bytes.get(id);
        if (known != null) {
            return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, known);
        }
        reads++;
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        if (loader.isLarge() || cached >= MAX_CACHED_BYTES) {
            return loader;
        }
        byte[] content = loader.getCachedBytes();
        bytes.put(id, content);
        cached += content.length;
        return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, content);
    }

    /** How many times a blob was read from the repository (for tests). */
    int reads() {
        return reads;
    }

    /** The run's reader is shared: closed by its owner, not here. */
    @Override
    public void close() {
        bytes.clear();
        sizes.clear();
    }
}
