package dev.memlayer.indexer;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work an index run does on a thread of its own beside the walk (reads of stored state, churn):
 * started on a daemon thread, joined with its failure rethrown as the run's own.
 */
public final class Background {

    private Background() {
    }

    /** Runs {@code work} on a new daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * Waits for {@code future}; a failure comes back as the {@link SQLException} or runtime exception
     * it was, anything else as an {@link IndexerException} naming {@code what}.
     */
    public static <T> T join(CompletableFuture<T> future, String what) throws SQLException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IndexerException(what + " failed: " + cause, cause);
        }
    }
}
