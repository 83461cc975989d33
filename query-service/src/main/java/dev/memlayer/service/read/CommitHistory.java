package dev.memlayer.service.read;

import java.time.Instant;
import java.util.List;

/**
 * The newest commits of the stored history as of a view's commit (committed no later than it),
 * newest first, each with the first files it changed.
 */
public record CommitHistory(List<Commit> commits) {

    public CommitHistory {
        commits = List.copyOf(commits);
    }

    /**
     * A stored commit; {@code subject} is its message's first line ("" when not stored); {@code files}
     * holds at most {@link HistoryReader#FILES_PER_COMMIT} of its changes.
     */
    public record Commit(String sha, String subject, String author, Instant committedAt, int fileCount, List<Change> files) {

        public Commit {
            files = List.copyOf(files);
        }
    }

    /**
     * One changed file of a commit.
     *
     * @param change A, M, D or R
     * @param oldPath the path before a rename, else null
     */
    public record Change(String path, String change, String oldPath) {
    }
}
