package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A project's stored git history, extended incrementally: of a window's commits, only those not yet
 * stored are diffed, then stored with their files in batched transactions ({@link BatchedTransactions}:
 * a crash loses at most one batch, which the next run diffs again, because which commits are stored is
 * checked per commit, never inferred from an ancestor).
 * Stored history is never diffed again.
 */
final class HistoryStore {

    static final int BATCH_COMMITS = 500;

    private final Connection c;
    private final String projectId;

    HistoryStore(Connection c, String projectId) {
        this.c = c;
        this.projectId = projectId;
    }

    /** Diffs and stores the window's commits that are not stored yet; returns how many it diffed. */
    int storeMissing(ObjectReader reader, RevWalk walk, HistoryWindow window) throws SQLException, IOException {
        Set<String> stored = ChurnRepository.storedShas(c, projectId);
        List<RevCommit> missing = new ArrayList<>();
        for (RevCommit commit : window.commits()) {
            if (!stored.contains(commit.name())) {
                missing.add(commit);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        try (CommitDiffer differ = new CommitDiffer(reader, walk);
                ChurnRepository.HistoryWriter writer = new ChurnRepository.HistoryWriter(c, projectId)) {
            BatchedTransactions.write(c, missing, commit -> writer.add(commit.name(), HistoryWalker.author(commit),
                    HistoryWalker.committedAtMs(commit), CommitMessage.of(commit), differ.diff(commit)), writer::flush);
        }
        return missing.size();
    }
}
