package dev.memlayer.indexer.walk;

import java.util.Comparator;

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

    /**
     * Git's tree order, in which a walk lists files: paths compared as UTF-8 bytes, which is code point
     * order ({@link String#compareTo} compares UTF-16 units, which differs above U+FFFF).
     */
    public static final Comparator<WalkedFile> TREE_ORDER = (a, b) -> codePointOrder(a.path(), b.path());

    /** A working-tree file, read from disk. */
    public WalkedFile(String path, long size, long mtimeMs) {
        this(path, size, mtimeMs, null);
    }

    public boolean fromGit() {
        return blobId != null;
    }

    private static int codePointOrder(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointRank(x) - codePointRank(y);
            }
        }
        return a.length() - b.length();
    }

    /** Surrogates (code points above U+FFFF) rank after U+E000–U+FFFF, as in UTF-8. */
    private static int codePointRank(char c) {
        if (c < Character.MIN_SURROGATE) {
            return c;
        }
        return Character.isSurrogate(c) ? c + 0x2000 : c - 0x800;
    }
}
