package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.IndexerException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The churn set of a commit, computed once and kept: returns the stored set when there is one (a
 * lookup, no git access beyond peeling the id); otherwise stores the commit's not-yet-stored history,
 * computes the set and stores it in one transaction, so a set is either whole or absent. The caller
 * holds the writer lock, gives a connection in autocommit mode, and skips folders without git or HEAD.
 */
public final class ChurnService {

    private final Clock clock;
    private final ChurnCalculator calculator = new ChurnCalculator();

    public ChurnService(Clock clock) {
        this.clock = clock;
    }

    /** The id of the churn set of {@code commit} (a commit, or a tag pointing at one) for a registered project. */
    public long ensureChurnSet(Connection c, Repository repo, String projectId, AnyObjectId commit)
            throws SQLException {
        return ensure(c, repo, projectId, commit).churnSetId();
    }

    /** As {@link #ensureChurnSet}, with what it did. */
    public ChurnOutcome ensure(Connection c, Repository repo, String projectId, AnyObjectId commit)
            throws SQLException {
        long startedAt = clock.millis();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit tip = walk.parseCommit(commit);
            Optional<Long> existing = ChurnRepository.findSet(c, projectId, tip.name());
            if (existing.isPresent()) {
                return new ChurnOutcome(existing.get(), true, 0, 0, 0, 0, clock.millis() - startedAt);
            }
            HistoryWindow window = HistoryWalker.window(walk, tip);
            int diffed = new HistoryStore(c, projectId).storeMissing(reader, walk, window);
            Set<String> shas = new HashSet<>();
            long oldestMs = Long.MAX_VALUE;
            for (RevCommit rc : window.commits()) {
                shas.add(rc.name());
                oldestMs = Math.min(oldestMs, HistoryWalker.committedAtMs(rc));
            }
            Map<String, StoredCommit> changes =
                    ChurnRepository.changes(c, projectId, shas, oldestMs, ChurnCalculator.CHURN_MAX_FILES);
            ChurnSet set = calculator.compute(window, changes, HistoryWalker.treePaths(reader, tip));
            long id = store(c, projectId, tip.name(), set);
            return new ChurnOutcome(id, false, diffed, window.commits().size(), set.files().size(),
                    set.pairs().size(), clock.millis() - startedAt);
        } catch (IOException e) {
            throw new IndexerException("cannot read the git history at " + commit.name() + ": " + e.getMessage(), e);
        }
    }

    private long store(Connection c, String projectId, String sha, ChurnSet set) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long id = ChurnRepository.insertSet(c, projectId, sha, clock.millis(), set);
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
