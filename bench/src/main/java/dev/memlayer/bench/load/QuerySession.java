package dev.memlayer.bench.load;

import dev.memlayer.bench.generate.TaskCatalog;
import dev.memlayer.bench.index.IndexedSummary;
import dev.memlayer.bench.index.RepoEditor;
import dev.memlayer.bench.index.Stats;
import dev.memlayer.bench.process.Machine;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.process.MemoryWatcher;
import dev.memlayer.bench.process.ProcCpu;
import dev.memlayer.bench.process.ProcessTimer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A repository copy indexed into a fresh database and the packaged service reading it; measurements
 * at several concurrency levels reuse the running service, as agents would.
 */
public final class QuerySession implements AutoCloseable {

    private static final int BUDGET_TOKENS = 4000;

    private final Memlayer memlayer;
    private final Path repo;
    private final Path db;
    private final IndexedSummary indexed;
    private final HttpClient http;
    private final ServiceProcess service;
    private final LoadGenerator load;
    private final RepoEditor editor;
    private final PrintStream log;

    private QuerySession(Memlayer memlayer, Path repo, Path db, IndexedSummary indexed, HttpClient http,
                         ServiceProcess service, List<String> tasks, PrintStream log) throws IOException {
        this.memlayer = memlayer;
        this.repo = repo;
        this.db = db;
        this.indexed = indexed;
        this.http = http;
        this.service = service;
        this.load = new LoadGenerator(http, service.base(), indexed.projectId(), tasks, BUDGET_TOKENS);
        this.editor = RepoEditor.open(repo);
        this.log = log;
    }

    /**
     * Indexes {@code repo} (a copy the session may commit to) into {@code db} and starts the service.
     * {@code tasks} null: tasks made from the repository's paths.
     */
    public static QuerySession open(Memlayer memlayer, Path repo, Path db, List<String> tasks, Path serviceLog,
                                    PrintStream log) throws IOException, InterruptedException {
        // A database left by an index benchmark on the same copy is brought up to date, not rebuilt.
        boolean fresh = !Files.exists(db);
        IndexedSummary indexed = IndexedSummary.parse(ProcessTimer.run(memlayer.index(repo, db, fresh), 3600)
                .requireSuccess("index").lastLine());
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ServiceProcess service = ServiceProcess.start(memlayer, db, indexed.projectId(), serviceLog, http);
        log.printf("bench: service up in %d ms on %s (%d files indexed)%n", service.startMs(), service.base(),
                indexed.files());
        List<String> taskTexts = tasks;
        if (taskTexts == null) {
            try (RepoEditor paths = RepoEditor.open(repo)) {
                taskTexts = TaskCatalog.forPaths(paths.sources(), 11);
            }
        }
        return new QuerySession(memlayer, repo, db, indexed, http, service, taskTexts, log);
    }

    public int files() {
        return indexed.files();
    }

    public QueryResult measure(int clients, int warmupSeconds, int seconds, boolean whileIndexing)
            throws IOException, InterruptedException {
        PublishLoop publisher = whileIndexing ? PublishLoop.start(memlayer, repo, db, editor) : null;
        LoadResult result;
        double rssMb;
        long cpuMs;
        long clientCpuMs;
        long self = ProcessHandle.current().pid();
        try {
            load.warmUp(clients, Duration.ofSeconds(warmupSeconds));
            long cpuBefore = ProcCpu.cpuMs(service.pid());
            long clientBefore = ProcCpu.cpuMs(self);
            try (MemoryWatcher memory = MemoryWatcher.start(service.pid())) {
                result = load.measure(clients, Duration.ofSeconds(seconds));
                rssMb = memory.maxRssMb();
            }
            cpuMs = ProcCpu.cpuMs(service.pid()) - cpuBefore;
            clientCpuMs = ProcCpu.cpuMs(self) - clientBefore;
        } finally {
            if (publisher != null) {
                publisher.close();
            }
        }
        if (publisher != null && publisher.failure() != null) {
            throw new IllegalStateException("the publishing indexer failed: " + publisher.failure());
        }
        int published = publisher == null ? 0 : publisher.published();
        long publishMs = publisher == null ? 0 : Stats.median(publisher.walls());
        long served = awaitLatest(publisher == null ? indexed.version() : -1);
        QueryResult row = QueryResult.of(indexed.files(), clients, seconds, whileIndexing, result,
                Math.round(rssMb * 10) / 10.0, service.databaseDescriptors(db), published, publishMs, served,
                service.startMs(), perRequest(cpuMs, result), perRequest(clientCpuMs, result), Machine.loadAverage());
        log.printf("bench: %2d clients%s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                        + "%d errors, %.1f ms service CPU per request (clients %.1f), load average %.1f%s%n", clients,
                whileIndexing ? " while publishing" : "", row.rps(), row.p50Ms(), row.p95Ms(), row.p99Ms(),
                row.maxMs(), row.errors(), row.serviceCpuMsPerRequest(), row.clientCpuMsPerRequest(), row.loadAverage(),
                whileIndexing ? ", " + published + " snapshots published" : "");
        return row;
    }

    /** CPU milliseconds per request, to two decimals. */
    private static double perRequest(long cpuMs, LoadResult result) {
        return Math.round(cpuMs * 100.0 / Math.max(1, result.requests())) / 100.0;
    }

    /** The served version once the service has caught up with the last publish (a few refresh periods). */
    private long awaitLatest(long expected) throws InterruptedException {
        long version = service.servedVersion(indexed.projectId());
        for (int i = 0; i < 40 && version < expected; i++) {
            Thread.sleep(100);
            version = service.servedVersion(indexed.projectId());
        }
        return version;
    }

    @Override
    public void close() throws InterruptedException {
        editor.close();
        service.close();
    }
}
