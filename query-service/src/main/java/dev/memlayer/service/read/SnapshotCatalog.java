package dev.memlayer.service.read;

import dev.memlayer.schema.SchemaException;
import dev.memlayer.schema.SchemaVerifier;
import dev.memlayer.service.config.ServiceConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The current {@link SnapshotView} of every project, refreshed off the request path: a single
 * background thread polls for newer ready versions, loads only the projects whose version
 * changed, and swaps one immutable {@link CatalogState}. Requests read that state and pin the view
 * they got; they never wait for a reload (Lucene's SearcherManager, zoekt's shard watcher).
 * Each swap that changes the set of views is also fired as a CDI event (metrics observe it), and
 * the end of every poll is timestamped so a liveness check can tell a stuck refresher.
 */
@ApplicationScoped
public class SnapshotCatalog {

    private static final Logger LOG = Logger.getLogger(SnapshotCatalog.class);

    /** Uses {@code snapshots_by_status (project_id, status, version)}. */
    static final String SELECT_LATEST_READY =
            "SELECT project_id, max(version) FROM snapshots WHERE status = 'ready' GROUP BY project_id";

    private final ReaderPool pool;
    private final ServiceConfig config;
    private final VersionCache olderVersions;
    private final AtomicReference<CatalogState> state;
    private final Clock clock;
    private final Event<CatalogState> changes;
    private final Event<ViewLoaded> loadedViews;
    private volatile Instant lastPoll;
    private ScheduledExecutorService timer;
    /** Guarded by {@code this}: schema checked for the database file currently open. */
    private boolean verified;
    private int schemaVersion;
    private String lastProblem;

    public SnapshotCatalog(ReaderPool pool, ServiceConfig config, Clock clock, Event<CatalogState> changes,
            Event<ViewLoaded> loadedViews) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.changes = changes;
        this.loadedViews = loadedViews;
        this.olderVersions = new VersionCache(config.versionCacheSize());
        this.state = new AtomicReference<>(CatalogState.missing(pool.databasePath()));
    }

    void start(@Observes StartupEvent event) {
        refresh();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "memlayer-catalog-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, config.refreshInterval().toMillis());
        timer.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** When the last poll for new snapshots ended (whatever it found); null before the first. */
    public Instant lastPoll() {
        return lastPoll;
    }

    /** Hits and misses of the cache of older versions that requests asked for explicitly. */
    public CacheCounters versionCacheCounters() {
        return olderVersions.counters();
    }

    /** What can be read now; a request takes this once and works on it. */
    public CatalogState state() {
        return state.get();
    }

    /**
     * The view of a project at an explicit version: the current one if it matches, else an older
     * ready snapshot loaded through a small version-keyed cache. Empty if no such ready snapshot.
     */
    public Optional<SnapshotView> view(String projectId, long version) throws SQLException {
        SnapshotView current = state.get().views().get(projectId);
        if (current != null && current.version() == version) {
            return Optional.of(current);
        }
        Optional<SnapshotView> cached = olderVersions.get(projectId, version);
        if (cached.isPresent()) {
            return cached;
        }
        try (Connection c = pool.connection()) {
            Optional<SnapshotView> loaded = SnapshotLoader.load(c, projectId, version);
            loaded.ifPresent(olderVersions::put);
            return loaded;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            problem("snapshot refresh failed: " + e);
        }
    }

    /** One poll: missing file, schema check once per opened database, then newer versions. */
    synchronized void refresh() {
        try {
            poll();
        } finally {
            lastPoll = clock.instant();
        }
    }

    private void poll() {
        Path db = pool.databasePath();
        CatalogState current = state.get();
        if (!Files.isRegularFile(db)) {
            if (current.status() != CatalogState.Status.MISSING || verified) {
                verified = false;
                pool.flush();
            }
            swap(CatalogState.missing(db));
            problem("no database at " + db + " yet; waiting for `memlayer index` to create it");
            return;
        }
        try (Connection c = pool.connection()) {
            if (!verified) {
                schemaVersion = SchemaVerifier.verify(c);
                verified = true;
                lastProblem = null;
                LOG.infof("reading %s (schema version %d, read-only)", db, schemaVersion);
            }
            Map<String, SnapshotView> next = loadChanged(c, current);
            if (next != null) {
                swap(CatalogState.available(db, schemaVersion, next));
            }
        } catch (SchemaException e) {
            swap(CatalogState.refused(db, e.getMessage()));
            problem("refusing " + db + ": " + e.getMessage());
        } catch (SQLException e) {
            if (!verified) {
                swap(CatalogState.refused(db, "cannot read " + db + ": " + e.getMessage()));
            }
            problem("cannot read " + db + ": " + e.getMessage());
        }
    }

    private void swap(CatalogState next) {
        CatalogState previous = state.getAndSet(next);
        if (!previous.views().equals(next.views())) {
            try {
                changes.fire(next);
            } catch (RuntimeException e) {
                // an observer (metrics) must never stop the catalog from serving the new views
                problem("a catalog-change observer failed: " + e);
            }
        }
    }

    /** The next views map, or null when nothing changed (the current state stays as is). */
    private Map<String, SnapshotView> loadChanged(Connection c, CatalogState current) throws SQLException {
        Map<String, Long> latest = latestVersions(c);
        boolean changed = current.status() != CatalogState.Status.AVAILABLE
                || !latest.keySet().equals(current.views().keySet());
        Map<String, SnapshotView> next = new HashMap<>();
        for (Map.Entry<String, Long> e : latest.entrySet()) {
            SnapshotView old = current.views().get(e.getKey());
            if (old != null && old.version() == e.getValue()) {
                next.put(e.getKey(), old);
                continue;
            }
            Optional<SnapshotView> loaded = SnapshotLoader.load(c, e.getKey(), e.getValue());
            if (loaded.isPresent()) {
                // built here, off the request path, rather than by the first request of the new version
                // (the symbol index alone took that request ~40 ms on a 5 000-file project)
                PastCommits.of(loaded.get(), c);
                RowLengths.of(loaded.get(), c);
                loaded.get().symbolIndex();
                warm(loaded.get(), old);
                next.put(e.getKey(), loaded.get());
                changed = true;
                LOG.debugf("project %s now at snapshot %d", loaded.get().project().name(), e.getValue());
            } else if (old != null) {
                next.put(e.getKey(), old);
            }
        }
        return changed ? next : null;
    }

    /** Lets observers build what the view's first request would (planning's per-view indexes). */
    private void warm(SnapshotView view, SnapshotView previous) {
        try {
            loadedViews.fire(new ViewLoaded(view, previous));
        } catch (RuntimeException e) {
            problem("warming snapshot " + view.version() + " of " + view.project().name() + " failed: " + e);
        }
    }

    private static Map<String, Long> latestVersions(Connection c) throws SQLException {
        Map<String, Long> latest = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_LATEST_READY);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                latest.put(rs.getString(1), rs.getLong(2));
            }
        }
        return latest;
    }

    /** Logs a problem once, not on every poll. */
    private synchronized void problem(String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            LOG.warn(message);
        }
    }
}
