package dev.memlayer.systemtest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N HTTP clients query the packaged service (each pausing briefly between requests) while the packaged indexer publishes
 * snapshots in a loop (at least {@link #MIN_PUBLISHES}) and {@code gc --keep 2} runs after every
 * second one; the WAL file size is sampled throughout.
 * The suite runs a short version; {@code scripts/soak} a long one.
 */
final class ReadersVsWritersSoak {

    private static final String[] TASKS = {
        "post an invoice to the ledger", "settle a payment", "why is the ledger total wrong after postInvoice",
        "Ledger12 postInvoice12 fails for negative amounts", "add a refund to settle_payment_7",
        "where are payments settled", "rename the ledger classes", "document the invoice flow"};
    private static final int MAX_SAMPLES = 5;
    static final int MIN_PUBLISHES = 3;
    private static final int WARM_UP_REQUESTS = 16;

    private final Path work;
    private final int clients;
    private final int files;
    private final long pauseMs;

    /**
     * @param pauseMs each client's think time between requests; agents are not tight loops, and on a
     *                two-core box 32 tight loops would starve the indexer the soak needs publishing
     */
    ReadersVsWritersSoak(Path work, int clients, int files, long pauseMs) {
        this.work = work;
        this.clients = clients;
        this.files = files;
        this.pauseMs = pauseMs;
    }

    SoakReport run(Duration duration) throws Exception {
        Path db = work.resolve("soak.db");
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        Path logs = work.resolve("logs");
        IndexerCli cli = new IndexerCli(db, logs);
        try (ScratchRepo repo = ScratchRepo.create(work, files)) {
            IndexerCli.Result first = cli.run("index", repo.root().toString());
            if (!first.ok()) {
                throw new IllegalStateException("first index failed: " + first.err());
            }
            try (ServiceProcess service = ServiceProcess.start(db, logs)) {
                service.awaitServed(1, Duration.ofSeconds(10));
                for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                    service.postContext(ScratchRepo.PROJECT, TASKS[i % TASKS.length], 2000); // JIT, first view load
                }
                return measure(duration, repo, cli, service, wal);
            }
        }
    }

    private SoakReport measure(Duration duration, ScratchRepo repo, IndexerCli cli, ServiceProcess service, Path wal)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong maxWal = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<long[]>> readers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            readers.add(pool.submit(() -> query(service, client, pauseMs, running, requests, errors, failures)));
        }
        Future<?> sampler = pool.submit(() -> sampleWal(wal, running, maxWal));
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        int published = 0;
        int runs = 0;
        int gcRuns = 0;
        try {
            // a slow, shared box still gets its minimum of publishes (unless runs keep failing)
            while (System.nanoTime() < deadline || published < MIN_PUBLISHES && runs < 2 * MIN_PUBLISHES) {
                repo.change(3);
                IndexerCli.Result r = cli.run("index", repo.root().toString());
                runs++;
                if (!r.ok()) {
                    fail(errors, failures, "index exited " + r.exitCode() + ": " + r.err().strip());
                    continue;
                }
                published++;
                if (published % 2 == 0) {
                    IndexerCli.Result gc = cli.run("gc", "--keep", "2");
                    gcRuns++;
                    if (!gc.ok()) {
                        fail(errors, failures, "gc exited " + gc.exitCode() + ": " + gc.err().strip());
                    }
                }
            }
        } finally {
            running.set(false);
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> f : readers) {
            for (long nanos : f.get(60, TimeUnit.SECONDS)) {
                latencies.add(nanos);
            }
        }
        sampler.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int elapsedSeconds = (int) Duration.ofNanos(System.nanoTime() - started).toSeconds();
        return new SoakReport(elapsedSeconds, clients, requests.get(),
                errors.get(), List.copyOf(failures), percentileMs(sorted, 0.50), percentileMs(sorted, 0.99),
                percentileMs(sorted, 1.0), published, gcRuns, maxWal.get(), service.log().contains("SQLITE_BUSY"));
    }

    /** One client: a request, a pause, again, until told to stop; returns each successful request's latency. */
    private static long[] query(ServiceProcess service, int client, long pauseMs, AtomicBoolean running,
            AtomicLong requests, AtomicLong errors, ConcurrentLinkedQueue<String> failures)
            throws InterruptedException {
        long[] samples = new long[1024];
        int n = 0;
        for (int i = client; running.get(); i++) {
            long start = System.nanoTime();
            requests.incrementAndGet();
            try {
                HttpResponse<String> r = service.postContext(ScratchRepo.PROJECT, TASKS[i % TASKS.length], 2000);
                if (r.statusCode() != 200) {
                    fail(errors, failures, "client " + client + ": HTTP " + r.statusCode() + " " + r.body());
                    continue;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                fail(errors, failures, "client " + client + ": " + e);
                continue;
            }
            if (n == samples.length) {
                samples = Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = System.nanoTime() - start;
            Thread.sleep(pauseMs);
        }
        return Arrays.copyOf(samples, n);
    }

    private static void sampleWal(Path wal, AtomicBoolean running, AtomicLong max) {
        while (running.get()) {
            try {
                if (Files.exists(wal)) {
                    long size = Files.size(wal);
                    max.accumulateAndGet(size, Math::max);
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException gone) {
                // the WAL was removed between exists and size
            }
        }
    }

    private static void fail(AtomicLong errors, ConcurrentLinkedQueue<String> failures, String what) {
        errors.incrementAndGet();
        if (failures.size() < MAX_SAMPLES) {
            failures.add(what);
        }
    }

    private static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
