package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.WriterTurn;
import dev.memlayer.indexer.churn.BackgroundChurn;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.hash.ContentHasher;
import dev.memlayer.indexer.hash.ReusePolicy;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.indexer.resolve.Edge;
import dev.memlayer.indexer.resolve.EdgeWriter;
import dev.memlayer.indexer.resolve.FileNode;
import dev.memlayer.indexer.resolve.GraphResolver;
import dev.memlayer.indexer.resolve.GraphVersion;
import dev.memlayer.indexer.resolve.IncrementalGraph;
import dev.memlayer.indexer.resolve.ImportRulesRegistry;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.SnapshotFactsReader;
import dev.memlayer.indexer.resolve.StoredFiles;
import dev.memlayer.indexer.snapshot.ManifestWriter;
import dev.memlayer.indexer.snapshot.PreviousSnapshot;
import dev.memlayer.indexer.snapshot.Retention;
import dev.memlayer.indexer.snapshot.SnapshotDraft;
import dev.memlayer.indexer.snapshot.SnapshotPublisher;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import dev.memlayer.indexer.snapshot.WriterLock;
import dev.memlayer.indexer.walk.SkipReason;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.indexer.walk.WalkResult;
import dev.memlayer.indexer.walk.WalkedFile;
import dev.memlayer.model.snapshot.ProjectRef;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.ObjectId;
import org.jboss.logging.Logger;

/**
 * One index run, wired: lock → migrate → register → walk → hash/reuse → write → publish → retention.
 * Files are read, hashed and compressed on worker threads through a bounded window, and written
 * in order by this thread, so memory stays bounded whatever the repository size.
 */
public final class IndexRun {

    private static final Logger LOG = Logger.getLogger(IndexRun.class);

    private final IndexSettings settings;
    private final Clock clock;
    private final ContentHasher hasher = new ContentHasher();
    private final ExtractorRegistry extractors;
    private final ImportRulesRegistry importRules;

    public IndexRun(IndexSettings settings, Clock clock) {
        this(settings, clock, ExtractorRegistry.standard(), ImportRulesRegistry.standard());
    }

    public IndexRun(IndexSettings settings, Clock clock, ExtractorRegistry extractors, ImportRulesRegistry importRules) {
        this.settings = settings;
        this.clock = clock;
        this.extractors = extractors;
        this.importRules = importRules;
    }

    /**
     * Indexes the project containing {@code path} into {@code db}.
     *
     * @throws IndexerException with a one-line message on an expected failure
     * @throws dev.memlayer.schema.SchemaException when the database schema cannot be used
     */
    public IndexSummary run(Path path, Path db, boolean full) {
        return run(path, db, full, null);
    }

    /**
     * Indexes the tree of {@code rev} (read from git objects, nothing checked out), or the working
     * tree when {@code rev} is null.
     */
    public IndexSummary run(Path path, Path db, boolean full, String rev) {
        return run(path, db, full, rev, () -> { });
    }

    /**
     * As {@link #run(Path, Path, boolean, String)}, calling {@code onLocked} once the writer lock is
     * held and before anything is read: a hook-started run clears its queued marker there, so a
     * commit that lands during the run queues the next one.
     */
    public IndexSummary run(Path path, Path db, boolean full, String rev, Runnable onLocked) {
        StageTimes times = new StageTimes(LOG.isDebugEnabled());
        try (GitWorkTree tree = GitWorkTree.open(path)) {
            tree.readAhead();
            WriterDatabase.prepareDirectory(db);
            try (WriterLock lock = WriterLock.acquire(db, settings.lockWait());
                    Connection c = WriterDatabase.openAndMigrate(db, clock)) {
                times.lap("open");
                onLocked.run();
                IndexSummary summary = locked(tree, c, db, full, rev, times);
                new Retention(c, settings.keepSnapshots()).afterRun();
                times.lap("retention");
                WriterDatabase.checkpoint(c);
                times.lap("checkpoint");
                if (LOG.isDebugEnabled()) {
                    LOG.debug("stages: " + times.line());
                }
                return summary;
            }
        } catch (SQLException e) {
            throw new IndexerException("database error on " + db + ": " + e.getMessage(), e);
        }
    }

    private IndexSummary locked(GitWorkTree tree, Connection c, Path db, boolean full, String rev,
            StageTimes times) throws SQLException {
        long startedAt = clock.millis();
        SnapshotPublisher publisher = new SnapshotPublisher(c, clock);
        publisher.abandonLeftovers();
        ProjectRef project = new ProjectRegistry(c, clock).register(tree.root());
        long snapshotId = publisher.begin(project.id(), startedAt);
        times.lap("begin");
        try {
            String commit = RunInput.commitOf(tree, rev);
            times.lap("head");
            // churn first: it overlaps everything from reading the previous snapshot on
            WriterTurn turn = new WriterTurn();
            try (BackgroundChurn churn = startChurn(tree, db, turn, project.id(), commit)) {
                CompletableFuture<StoredState> stored = StoredState.readAsync(db, project.id());
                times.lap("start churn");
                Begun begun = new Begun(project, snapshotId, startedAt, publisher, turn);
                return indexFiles(c, db, tree, full, rev, commit, begun, stored, churn, times);
            }
        } catch (IOException e) {
            publisher.fail(snapshotId, String.valueOf(e.getMessage()));
            throw new IndexerException("cannot walk " + tree.root() + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            publisher.fail(snapshotId, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /**
     * A run's snapshot row once it exists ('building'), and the turn its writes take while the churn
     * thread may still be writing history.
     */
    private record Begun(ProjectRef project, long snapshotId, long startedAt, SnapshotPublisher publisher,
            WriterTurn turn) {
    }

    /**
     * Walk, files, graph and churn of a begun snapshot, then the publish; the caller fails the snapshot
     * on error. The previous snapshot and stored keys ({@code stored}) and the churn set ({@code churn};
     * null when there is no commit) are read on other threads meanwhile.
     */
    private IndexSummary indexFiles(Connection c, Path db, GitWorkTree tree, boolean full, String rev, String commit,
            Begun begun, CompletableFuture<StoredState> stored, BackgroundChurn churn, StageTimes times)
            throws IOException, SQLException {
        long snapshotId = begun.snapshotId();
        SkipRules rules = new SkipRules(settings.maxFileBytes());
        RunInput input = rev == null ? RunInput.workingTree(tree, rules, commit)
                : RunInput.revision(tree, rev, commit, rules);
        WalkResult walk = input.walk();
        String branch = input.branch();
        long walkMs = clock.millis() - begun.startedAt();
        times.lap("walk");
        StoredState state = StoredState.await(stored);
        PreviousSnapshot previous = state.previous();
        FileProcessor processor = new FileProcessor(input.source(), state.knownBlobs(), hasher,
                new ReusePolicy(full, previous.startedAtMs()), previous, settings.maxFileBytes(),
                extractors, state.storedKeys());
        times.lap("previous");
        Counts counts = write(c, begun.turn(), begun.project().id(), snapshotId, walk, processor, previous);
        times.lap("files");
        if (churn != null) {
            churn.awaitHistoryStored(); // until now both wrote, taking turns; from here on only this thread does
        }
        times.lap("history");
        int edges = resolveGraph(c, snapshotId, previous, counts, full, times);
        times.lap("graph");
        Long churnSetId = churn == null ? null : churn.finish(c);
        times.lap("churn");
        int removed = (int) previous.manifest().keySet().stream().filter(p -> !counts.hashes.containsKey(p)).count();
        long durationMs = clock.millis() - begun.startedAt();
        SnapshotDraft draft = new SnapshotDraft(commit, branch, walk.dirty(), counts.files, counts.changed,
                counts.reused, removed, walk.skippedCount() + counts.skipped, counts.bytes, walkMs, durationMs,
                input.rev(), churnSetId, GraphVersion.of(extractors));
        long version = begun.publisher().publish(snapshotId, begun.project().id(), draft);
        times.lap("publish");
        LOG.debugf("skipped by the walk %s, after reading %s", walk.skipped(), counts.skippedBy);
        return new IndexSummary(begun.project(), version, commit, branch, walk.dirty(), draft.files(), draft.changed(),
                draft.reused(), draft.removed(), draft.skipped(), counts.parsed, edges, draft.bytes(), durationMs,
                db.toString());
    }

    /** Mutable tallies of one write pass; confined to the writing thread. */
    private static final class Counts {
        /** Path → content hash of every file of the snapshot. */
        final Map<String, String> hashes = new HashMap<>();
        /** Whether a file kept its content but got new facts (an extractor failed on it before). */
        boolean reextracted;
        int files;
        int changed;
        int reused;
        int skipped;
        /** Why files read in this run were left out, beside the walk's own {@link WalkResult#skipped()}. */
        final Map<SkipReason, Integer> skippedBy = new EnumMap<>(SkipReason.class);
        int parsed;
        long bytes;
    }

    /**
     * Starts computing the churn set of the snapshot's commit (history stored incrementally, only
     * commits reachable from it counted) beside the walk; null outside git or before the first commit.
     */
    private BackgroundChurn startChurn(GitWorkTree tree, Path db, WriterTurn turn, String projectId, String commit) {
        if (commit == null || tree.repository().isEmpty()) {
            return null;
        }
        return BackgroundChurn.start(clock, db, turn, tree.repository().get(), projectId,
                ObjectId.fromString(commit));
    }

    /**
     * Stores the snapshot's file graph; returns the number of edges. Updated from the previous
     * snapshot's graph when that one was resolved with the same versions and every unchanged file
     * kept its facts; resolved whole otherwise, with {@code --full}, or when too much changed.
     */
    private int resolveGraph(Connection c, long snapshotId, PreviousSnapshot previous, Counts counts, boolean full,
            StageTimes times) throws SQLException {
        if (!full && !counts.reextracted && previous.snapshotId() != 0
                && GraphVersion.of(extractors).equals(previous.graphVersion())) {
            Map<String, String> before = new HashMap<>();
            previous.manifest().forEach((path, entry) -> before.put(path, entry.contentHash()));
            OptionalInt updated = new IncrementalGraph(new GraphResolver(importRules), extractors)
                    .update(c, previous.snapshotId(), snapshotId, before, counts.hashes);
            if (updated.isPresent()) {
                return updated.getAsInt();
            }
        }
        Map<String, FileNode> nodes = new SnapshotFactsReader(extractors).read(c, snapshotId);
        times.lap("graph facts");
        PathIndex paths = new PathIndex(nodes.keySet());
        List<Edge> edges = new GraphResolver(importRules).resolve(nodes, new StoredFiles(c, snapshotId, paths));
        times.lap("graph resolve");
        EdgeWriter.write(c, snapshotId, edges);
        return edges.size();
    }

    private Counts write(Connection c, WriterTurn turn, String projectId, long snapshotId, WalkResult walk,
            FileProcessor processor, PreviousSnapshot previous) throws SQLException {
        Counts counts = new Counts();
        int window = settings.batchSize() * 2;
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "memlayer-hash");
            t.setDaemon(true);
            return t;
        });
        Progress progress = Progress.start(walk.files().size(), settings.progress());
        try (ManifestWriter writer = new ManifestWriter(c, turn, projectId, snapshotId, settings.batchSize(),
                previous)) {
            Deque<Future<ProcessedFile>> inFlight = new ArrayDeque<>();
            for (WalkedFile f : walk.files()) {
                ProcessedFile reused = processor.reused(f);
                if (reused != null) {
                    // the order of rows matters only for files written with content, all of which go through the window
                    record(writer, counts, reused);
                    progress.advance();
                    continue;
                }
                inFlight.add(workers.submit(() -> processor.read(f)));
                if (inFlight.size() >= window) {
                    record(writer, counts, await(inFlight.poll()));
                    progress.advance();
                }
            }
            while (!inFlight.isEmpty()) {
                record(writer, counts, await(inFlight.poll()));
                progress.advance();
            }
            writer.finish();
        } finally {
            progress.finish();
            workers.shutdownNow();
        }
        return counts;
    }

    private static void record(ManifestWriter writer, Counts counts, ProcessedFile p) throws SQLException {
        switch (p.outcome()) {
            case SKIPPED -> {
                counts.skipped++;
                counts.skippedBy.merge(p.skipReason(), 1, Integer::sum);
            }
            case VANISHED -> { }
            default -> {
                if (p.outcome() == ProcessedFile.Outcome.REUSED) {
                    writer.reuse(p.entry());
                } else {
                    writer.add(p.entry(), p.content(), p.extracted(), p.blobId());
                }
                if (!p.extracted().isEmpty()) {
                    counts.parsed++;
                }
                counts.hashes.put(p.entry().path(), p.entry().contentHash());
                if (!p.extracted().isEmpty() && p.outcome() != ProcessedFile.Outcome.CHANGED) {
                    counts.reextracted = true;
                }
                counts.files++;
                counts.bytes += p.entry().size();
                if (p.outcome() == ProcessedFile.Outcome.REUSED) {
                    counts.reused++;
                } else if (p.outcome() == ProcessedFile.Outcome.CHANGED) {
                    counts.changed++;
                }
            }
        }
    }

    private static ProcessedFile await(Future<ProcessedFile> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexerException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IndexerException(String.valueOf(cause), cause);
        }
    }
}
