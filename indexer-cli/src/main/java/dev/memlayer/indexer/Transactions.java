package dev.memlayer.indexer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction on a connection in whatever auto-commit mode it is: committed when the work returns,
 * rolled back when it throws, the connection's mode restored either way. One place for that dance,
 * used wherever a run writes something that must land whole or not at all.
 */
public final class Transactions {

    /** Statements run inside the transaction; they neither commit nor roll back themselves. */
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Statements without a result. */
    public interface Statements {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code work} in one transaction on {@code c} and returns its result. */
    public static <T> T call(Connection c, Work<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Runs {@code statements} in one transaction on {@code c}. */
    public static void run(Connection c, Statements statements) throws SQLException {
        call(c, () -> {
            statements.run();
            return null;
        });
    }
}
