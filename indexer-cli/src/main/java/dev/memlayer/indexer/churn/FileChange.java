package dev.memlayer.indexer.churn;

/**
 * One file a commit changed against its first parent. {@code change} is A, M, D or R; a deleted
 * file's {@code path} is the path it had; {@code oldPath} is set for renames only.
 */
record FileChange(String path, char change, String oldPath) {

    static final char ADDED = 'A';
    static final char MODIFIED = 'M';
    static final char DELETED = 'D';
    static final char RENAMED = 'R';
}
