package dev.memlayer.indexer.churn;

import java.util.List;

/**
 * A stored commit as churn reads it: how many files it changed, and the changes read back (all of them,
 * or only its renames when it changed too many files to count; see {@link ChurnCalculator}).
 */
record StoredCommit(int fileCount, List<FileChange> changes) {

    static final StoredCommit EMPTY = new StoredCommit(0, List.of());
}
