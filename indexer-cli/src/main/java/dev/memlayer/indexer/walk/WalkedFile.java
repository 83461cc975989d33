package dev.memlayer.indexer.walk;

/**
 * A file the walk kept, as stat saw it.
 *
 * @param path    repository-relative, {@code /}-separated (the manifest key)
 * @param size    bytes on disk
 * @param mtimeMs last-modified time in epoch milliseconds (the commit time for a git tree)
 * @param blobId  the git blob id when the file is read from git objects ({@code index --rev});
 *                null for a working-tree file
 */
public record WalkedFile(String path, long size, long mtimeMs, String blobId) {

    /** A working-tree file, read from disk. */
    public WalkedFile(String path, long size, long mtimeMs) {
        this(path, size, mtimeMs, null);
    }

    public boolean fromGit() {
        return blobId != null;
    }
}
