package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The life cycle of a snapshot row: 'building' (version NULL) → 'ready' (next version) or
 * 'failed'. The only class that ever sets 'ready', in one short transaction, so a reader sees
 * either the previous snapshot or the complete new one. Callers hold the {@link WriterLock}.
 */
public final class SnapshotPublisher {

    private final Connection c;
    private final Clock clock;

    public SnapshotPublisher(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /**
     * Marks runs that were still 'building' as 'failed' and drops their manifest rows. Called
     * under the writer lock, so such rows can only come from a run that crashed or was killed.
     * Returns how many were found.
     */
    public int abandonLeftovers() throws SQLException {
        List<Long> ids = SnapshotRepository.buildingIds(c);
        for (long id : ids) {
            Transactions.run(c,
                    () -> SnapshotRepository.markFailed(c, id, SnapshotRepository.ABANDONED, clock.millis()));
        }
        return ids.size();
    }

    /** Inserts the 'building' row of a new run and returns its id. */
    public long begin(String projectId, long startedAtMs) throws SQLException {
        return SnapshotRepository.insertBuilding(c, projectId, startedAtMs);
    }

    /** Flips the snapshot to 'ready' with the project's next version, and returns that version. */
    public long publish(long snapshotId, String projectId, SnapshotDraft draft) throws SQLException {
        return Transactions.call(c, () -> {
            if (SnapshotRepository.markReady(c, snapshotId, projectId, draft, clock.millis()) != 1) {
                throw new IndexerException("snapshot " + snapshotId + " is no longer 'building'; not published");
            }
            return SnapshotRepository.version(c, snapshotId);
        });
    }

    /** Marks the run failed and removes its manifest rows; never throws (the original error matters more). */
    public void fail(long snapshotId, String error) {
        try {
            Transactions.run(c, () -> SnapshotRepository.markFailed(c, snapshotId, error, clock.millis()));
        } catch (SQLException | RuntimeException ignored) {
            // the next run's abandonLeftovers() cleans up a row left 'building'
        }
    }
}
