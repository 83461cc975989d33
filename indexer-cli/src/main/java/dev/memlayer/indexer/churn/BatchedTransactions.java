package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.Transactions;
import dev.memlayer.indexer.WriterTurn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * History is written in transactions of {@link HistoryStore#BATCH_COMMITS} commits each, so a reader
 * is never blocked for long and a crash loses at most one batch (the next run finds it missing again).
 * A batch is read from git first (diffs, messages: the slow part) and then written holding the
 * {@link WriterTurn}, so an index run's file writes on another connection can go on meanwhile.
 * One place for that loop: new history and the message back-fill both use it.
 */
final class BatchedTransactions {

    /** Reads what one item needs from git; touches no database. */
    interface Read<T, R> {
        R read(T item) throws IOException;
    }

    /** Adds one item, as read, to the open batch. */
    interface Add<R> {
        void add(R row) throws SQLException;
    }

    /** Sends the open batch to the database. */
    interface Flush {
        void flush() throws SQLException;
    }

    private BatchedTransactions() {
    }

    /** Reads and adds every item, committing after each {@link HistoryStore#BATCH_COMMITS}; rolls back a failed batch. */
    static <T, R> void write(Connection c, WriterTurn turn, List<T> items, Read<T, R> read, Add<R> add, Flush flush)
            throws SQLException, IOException {
        for (int from = 0; from < items.size(); from += HistoryStore.BATCH_COMMITS) {
            List<R> rows = new ArrayList<>();
            for (T item : items.subList(from, Math.min(items.size(), from + HistoryStore.BATCH_COMMITS))) {
                rows.add(read.read(item));
            }
            turn.take(() -> Transactions.run(c, () -> {
                for (R row : rows) {
                    add.add(row);
                }
                flush.flush();
            }));
        }
    }
}
