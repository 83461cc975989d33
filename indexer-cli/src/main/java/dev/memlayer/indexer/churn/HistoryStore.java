package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.WriterTurn;
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
    private final WriterTurn turn;
    private final String projectId;

    HistoryStore(Connection c, WriterTurn turn, String projectId) {
        this.c = c;
        this.turn = turn;
        this.projectId = projectId;
    }

    /** A commit as read from git, ready to store. */
    private record Diffed(RevCommit commit, CommitMessage message, List<FileChange> changes) {
    }

    /** Diffs and stores those of {@code commits} that are not stored yet; returns how many it diffed. */
    int storeMissing(ObjectReader reader, RevWalk walk, List<RevCommit> commits) throws SQLException, IOException {
        Set<String> stored = commits.size() == 1 ? ChurnRepository.storedShas(c, projectId, commits.get(0).name())
                : ChurnRepository.storedShas(c, projectId);
        List<RevCommit> missing = new ArrayList<>();
        for (RevCommit commit : commits) {
            if (!stored.contains(commit.name())) {
                missing.add(commit);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        try (CommitDiffer differ = new CommitDiffer(reader, walk);
                ChurnRepository.HistoryWriter writer = new ChurnRepository.HistoryWriter(c, projectId)) {
            BatchedTransactions.write(c, turn, missing,
                    commit -> new Diffed(commit, CommitMessage.of(commit), differ.diff(commit)),
                    d -> writer.add(d.commit().name(), HistoryWalker.author(d.commit()),
                            HistoryWalker.committedAtMs(d.commit()), d.message(), d.changes()),
                    writer::flush);
        }
        return missing.size();
    }
}
