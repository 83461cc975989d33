package dev.memlayer.indexer.churn;

import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The bounded history of one commit: {@code tip} and the commits reachable from it within
 * {@link HistoryWalker}'s bounds, tip first and every commit before its parents.
 */
record HistoryWindow(RevCommit tip, List<RevCommit> commits) {

    HistoryWindow {
        commits = List.copyOf(commits);
    }
}
