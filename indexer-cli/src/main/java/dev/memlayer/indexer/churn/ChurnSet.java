package dev.memlayer.indexer.churn;

import java.util.List;

/** The churn of one commit, ready to store: rows for paths of its tree, and co-change pairs. */
record ChurnSet(int commitCount, List<FileChurn> files, List<CoChange> pairs) {

    ChurnSet {
        files = List.copyOf(files);
        pairs = List.copyOf(pairs);
    }
}
