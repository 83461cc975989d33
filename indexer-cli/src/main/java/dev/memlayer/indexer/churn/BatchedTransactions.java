package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * History is written in transactions of {@link HistoryStore#BATCH_COMMITS} commits each, so a reader
 * is never blocked for long and a crash loses at most one batch (the next run finds it missing again).
 * One place for that loop: new history and the message back-fill both use it.
 */
final class BatchedTransactions {

    /** Adds one item to the open batch. */
    interface Add<T> {
        void add(T item) throws SQLException, IOException;
    }

    /** Sends the open batch to the database. */
    interface Flush {
        void flush() throws SQLException;
    }

    private BatchedTransactions() {
    }

    /** Adds every item, flushing and committing after each {@link HistoryStore#BATCH_COMMITS}; rolls back on failure. */
    static <T> void write(Connection c, List<T> items, Add<T> add, Flush flush) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int inBatch = 0;
            for (T item : items) {
                add.add(item);
                if (++inBatch == HistoryStore.BATCH_COMMITS) {
                    flush.flush();
                    c.commit();
                    inBatch = 0;
                }
            }
            flush.flush();
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
