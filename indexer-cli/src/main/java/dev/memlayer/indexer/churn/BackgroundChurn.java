package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.Background;
import dev.memlayer.indexer.WriterTurn;
import dev.memlayer.schema.SqliteSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jboss.logging.Logger;

/**
 * {@link ChurnService#ensure} split across two threads, so an index run's churn (most of it reading
 * stored history and counting) overlaps its walk and file writes instead of following them. A thread
 * of its own, on a connection of its own, stores the commit's missing history and computes the set;
 * the run's thread stores the set ({@link #finish}). SQLite has one writer at a time and a deferred
 * transaction that read first cannot always wait for another writer, so the two never write at the
 * same time: this thread's only writes (the missing history, diffed outside any transaction) take the
 * run's {@link WriterTurn} per batch, as the run's file writes do, and the run waits for them
 * ({@link #awaitHistoryStored}) before it writes anything else; after that this thread only reads.
 * The set is the same as {@link ChurnService#ensure} gives: the same steps on the same rows.
 *
 * <p>Closing waits for the thread to end (a failed run must not leave it writing) and closes its
 * connection.
 */
public final class BackgroundChurn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundChurn.class);

    private final ChurnService service;
    private final String projectId;
    private final long startedAt;
    private final CompletableFuture<Void> historyStored = new CompletableFuture<>();
    private final CompletableFuture<ChurnService.Computed> computed = new CompletableFuture<>();

    private BackgroundChurn(ChurnService service, String projectId, long startedAt) {
        this.service = service;
        this.projectId = projectId;
        this.startedAt = startedAt;
    }

    /**
     * Starts on a new daemon thread with its own writer connection to {@code db}, writing only holding
     * {@code turn}; the caller holds the writer lock of {@code db} until it has closed this.
     */
    public static BackgroundChurn start(Clock clock, Path db, WriterTurn turn, Repository repo, String projectId,
            AnyObjectId commit) {
        BackgroundChurn job = new BackgroundChurn(new ChurnService(clock), projectId, clock.millis());
        Thread thread = new Thread(() -> job.run(db, turn, repo, commit.copy()), "memlayer-churn");
        thread.setDaemon(true);
        thread.start();
        return job;
    }

    private void run(Path db, WriterTurn turn, Repository repo, AnyObjectId commit) {
        ChurnService.Computed result;
        try (Connection own = SqliteSettings.writer(db).getConnection();
                ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            ChurnService.Prepared prepared = service.prepare(own, turn, reader, walk, projectId, commit);
            historyStored.complete(null);
            if (LOG.isDebugEnabled()) { // CPU, not wall: this thread shares the cores with the run's workers
                LOG.debugf("history: %d commits diffed and stored%s, %d ms CPU", (Object) prepared.diffed(),
                        prepared.derived() == null ? "" : ", set derived from the parent's",
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            }
            result = service.compute(own, reader, projectId, prepared);
        } catch (Throwable t) {
            historyStored.completeExceptionally(t);
            computed.completeExceptionally(t);
            return;
        }
        computed.complete(result); // after the connection is closed: close() then means "nothing left open"
    }

    /** Returns once this thread has written all it writes; rethrows its failure. */
    public void awaitHistoryStored() throws SQLException {
        join(historyStored);
    }

    /** Waits for the set and stores it on the run's connection (autocommit mode); returns its id. */
    public long finish(Connection c) throws SQLException {
        return service.store(c, projectId, join(computed), startedAt).churnSetId();
    }

    @Override
    public void close() {
        try {
            computed.handle((result, failure) -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // handled above: never thrown
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws SQLException {
        return Background.join(future, "churn");
    }
}
