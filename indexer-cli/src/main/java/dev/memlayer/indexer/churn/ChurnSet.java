package dev.memlayer.indexer.churn;

import java.util.List;

/**
 * The churn of one commit, ready to store: rows for paths of its tree, co-change pairs, and the author
 * identities the rows' {@link FileChurn#authorIds()} index.
 */
record ChurnSet(int commitCount, List<String> authorNames, List<FileChurn> files, List<CoChange> pairs) {

    ChurnSet {
        authorNames = List.copyOf(authorNames);
        files = List.copyOf(files);
        pairs = List.copyOf(pairs);
    }
}
