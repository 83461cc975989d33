package dev.memlayer.indexer;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whose turn it is to write to the database. SQLite lets one connection write at a time, and a
 * transaction that began while another connection was writing can fail instead of waiting (a deferred
 * transaction that has read cannot always be upgraded). An index run writes on two connections at
 * once — its files on its own, new git history on the churn thread — so each holds the turn for a
 * whole transaction and does its slow work (parsing, diffing) outside it: the two overlap on the CPU
 * and never in SQLite.
 */
public final class WriterTurn {

    /** A transaction's statements and its commit (or rollback). */
    public interface Transaction {
        void run() throws SQLException;
    }

    private final ReentrantLock lock = new ReentrantLock();

    /** Runs {@code transaction} once no other holder of this turn is inside one. */
    public void take(Transaction transaction) throws SQLException {
        lock.lock();
        try {
            transaction.run();
        } finally {
            lock.unlock();
        }
    }
}
