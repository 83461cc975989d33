package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.Transactions;
import dev.memlayer.indexer.WriterTurn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import dev.memlayer.indexer.churn.ChurnRepository.StoredSet;
import java.util.HashSet;
import java.util.List;
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
 * computes the set and stores it in one transaction, so a set is either whole or absent. A commit whose
 * one parent has a stored set gets its set derived from that one when {@link DerivedChurn} can show it
 * equal (the commit alone is diffed, the set stored at once); the from-scratch path stays the fallback. The caller
 * holds the writer lock, gives a connection in autocommit mode, and skips folders without git or HEAD.
 * Either way, commits stored before their messages were get them first ({@link MessageBackfill}).
 *
 * <p>The work comes in three steps ({@link #prepare}, {@link #compute}, {@link #store}) so that an index
 * run can do the first two on another thread and connection ({@link BackgroundChurn}) while it walks
 * and writes files; {@link #ensure} does all three in a row.
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
            Prepared prepared = prepare(c, new WriterTurn(), reader, walk, projectId, commit);
            return store(c, projectId, compute(c, reader, projectId, prepared), startedAt);
        }
    }

    /**
     * A commit whose set is stored already ({@code existingSetId} set; {@code derived} when this run
     * derived it from its parent's), or whose history is stored and whose set is yet to compute.
     */
    record Prepared(RevCommit tip, Optional<Long> existingSetId, HistoryWindow window, int diffed,
            ChurnOutcome derived) {
    }

    /** A set computed and not stored yet, or the id of the one stored before. */
    record Computed(String sha, Optional<Long> existingSetId, ChurnSet set, int diffed, int windowSize,
            ChurnOutcome derived) {
    }

    /**
     * Looks up the stored set; without one, stores the tip's missing history and, when its parent's set
     * is stored, derives and stores the tip's set from it ({@link DerivedChurn}); otherwise stores the
     * window's missing history (writes on {@code c}, each transaction holding {@code turn}).
     */
    Prepared prepare(Connection c, WriterTurn turn, ObjectReader reader, RevWalk walk, String projectId,
            AnyObjectId commit) throws SQLException {
        try {
            RevCommit tip = walk.parseCommit(commit);
            Optional<Long> existing = ChurnRepository.findSet(c, projectId, tip.name()).map(StoredSet::id);
            MessageBackfill.fill(c, turn, reader, projectId);
            if (existing.isPresent()) {
                return new Prepared(tip, existing, null, 0, null);
            }
            HistoryStore history = new HistoryStore(c, turn, projectId);
            int diffed = 0;
            Optional<StoredSet> parentSet = tip.getParentCount() != 1 ? Optional.empty()
                    : ChurnRepository.findSet(c, projectId, tip.getParent(0).name());
            if (parentSet.isPresent()) {
                diffed = history.storeMissing(reader, walk, List.of(tip));
                Optional<ChurnOutcome> derived = derive(c, turn, reader, walk, projectId, tip, parentSet.get(), diffed);
                if (derived.isPresent()) {
                    return new Prepared(tip, Optional.of(derived.get().churnSetId()), null, diffed, derived.get());
                }
            }
            HistoryWindow window = HistoryWalker.window(walk, tip);
            diffed += history.storeMissing(reader, walk, window.commits());
            return new Prepared(tip, Optional.empty(), window, diffed, null);
        } catch (IOException e) {
            throw unreadable(commit, e);
        }
    }

    private Optional<ChurnOutcome> derive(Connection c, WriterTurn turn, ObjectReader reader, RevWalk walk,
            String projectId, RevCommit tip, StoredSet parentSet, int diffed) throws SQLException, IOException {
        long startedAt = clock.millis();
        RevCommit parent = walk.parseCommit(tip.getParent(0));
        Optional<DerivedChurn.Derivation> derivation =
                DerivedChurn.derive(c, reader, projectId, tip, parent, parentSet);
        if (derivation.isEmpty()) {
            return Optional.empty();
        }
        long[] id = new long[1];
        turn.take(() -> id[0] = Transactions.call(c,
                () -> derivation.get().store(c, projectId, tip.name(), clock.millis())));
        int[] rows = DerivedChurnRepository.rowCounts(c, id[0]);
        return Optional.of(new ChurnOutcome(id[0], false, true, diffed, derivation.get().commitCount(), rows[0],
                rows[1], clock.millis() - startedAt));
    }

    /** The set of a prepared commit, from its stored history (reads only). */
    Computed compute(Connection c, ObjectReader reader, String projectId, Prepared p) throws SQLException {
        if (p.existingSetId().isPresent()) {
            return new Computed(p.tip().name(), p.existingSetId(), null, p.diffed(), 0, p.derived());
        }
        try {
            Set<String> shas = new HashSet<>();
            long oldestMs = Long.MAX_VALUE;
            for (RevCommit rc : p.window().commits()) {
                shas.add(rc.name());
                oldestMs = Math.min(oldestMs, HistoryWalker.committedAtMs(rc));
            }
            Map<String, StoredCommit> changes =
                    ChurnRepository.changes(c, projectId, shas, oldestMs, ChurnCalculator.CHURN_MAX_FILES);
            ChurnSet set = calculator.compute(p.window(), changes, HistoryWalker.treePaths(reader, p.tip()));
            return new Computed(p.tip().name(), Optional.empty(), set, p.diffed(), p.window().commits().size(), null);
        } catch (IOException e) {
            throw unreadable(p.tip(), e);
        }
    }

    /** Stores a computed set in one transaction on {@code c}; returns what was done. */
    ChurnOutcome store(Connection c, String projectId, Computed computed, long startedAt) throws SQLException {
        if (computed.derived() != null) {
            return computed.derived();
        }
        if (computed.existingSetId().isPresent()) {
            return new ChurnOutcome(computed.existingSetId().get(), true, false, 0, 0, 0, 0,
                    clock.millis() - startedAt);
        }
        ChurnSet set = computed.set();
        long id = Transactions.call(c,
                () -> ChurnRepository.insertSet(c, projectId, computed.sha(), clock.millis(), set));
        return new ChurnOutcome(id, false, false, computed.diffed(), computed.windowSize(), set.files().size(),
                set.pairs().size(), clock.millis() - startedAt);
    }

    private static IndexerException unreadable(AnyObjectId commit, IOException e) {
        return new IndexerException("cannot read the git history at " + commit.name() + ": " + e.getMessage(), e);
    }
}
