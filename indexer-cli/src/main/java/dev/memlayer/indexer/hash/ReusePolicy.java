package dev.memlayer.indexer.hash;

/**
 * When a file may be taken from the previous snapshot without being read: same size and same
 * mtime (ms) as its manifest row. Except "racily clean" files, as git calls them: a file modified
 * within {@link #RACY_WINDOW_MS} before the previous run started (or later) may have been written
 * again within the file system's timestamp granularity after that run read it, so it is re-read.
 * {@code --full} re-reads everything.
 */
public final class ReusePolicy {

    /** Covers coarse file-system timestamps (2 s on FAT, 1 s on some others) and clock skew. */
    public static final long RACY_WINDOW_MS = 2_000;

    private final boolean full;
    private final long previousStartedAtMs;

    /**
     * @param full                re-read every file
     * @param previousStartedAtMs when the previous ready snapshot's run started
     */
    public ReusePolicy(boolean full, long previousStartedAtMs) {
        this.full = full;
        this.previousStartedAtMs = previousStartedAtMs;
    }

    public boolean canReuse(long size, long mtimeMs, long previousSize, long previousMtimeMs) {
        return !full
                && size == previousSize
                && mtimeMs == previousMtimeMs
                && mtimeMs < previousStartedAtMs - RACY_WINDOW_MS;
    }

    /**
     * A file read from git objects ({@code index --rev}) is reused when its blob was hashed before
     * to the same content hash the previous snapshot has at that path.
     *
     * @param knownHash content hash recorded for the blob, or null when the blob was never read
     */
    public boolean canReuseBlob(String knownHash, String previousHash) {
        return !full && knownHash != null && knownHash.equals(previousHash);
    }
}
