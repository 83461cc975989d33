package dev.memlayer.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged indexer is killed with SIGKILL at random points of a full index run (most while it
 * writes its snapshot, every fourth during start-up), again and again, while the packaged service keeps answering. After every kill the file is intact, the
 * newest ready snapshot is the last complete one (all its manifest rows and contents present),
 * the service still serves it, and at the end an ordinary run completes and publishes.
 */
class CrashSafetyTest {

    private static final int KILLS = 22;
    private static final int FILES = 60;
    private static final String MAX_ID = "SELECT coalesce(max(id), 0) FROM snapshots";
    /** A run's own 'building' row: older ones are leftovers of runs killed before. */
    private static final String BUILDING_AFTER = "SELECT count(*) FROM snapshots WHERE status = 'building' AND id > ";

    @TempDir
    Path tmp;

    @Test
    void sigkillDuringIndexing_leavesLastCompleteSnapshotServedAndNextRunPublishes() throws Exception {
        Path db = tmp.resolve("m.db");
        IndexerCli cli = new IndexerCli(db, tmp.resolve("logs"));
        DbProbe probe = new DbProbe(db);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (ScratchRepo repo = ScratchRepo.create(tmp, FILES)) {
            // calibration: how long a full run spends writing its snapshot ('building' row → exit)
            IndexerCli.Run calibration = cli.start("index", repo.root().toString(), "--full");
            assertThat(awaitBuilding(calibration, probe, 0)).isTrue();
            long writingFrom = System.nanoTime();
            IndexerCli.Result first = calibration.finish();
            int writingMs = (int) Math.max(100, (System.nanoTime() - writingFrom) / 1_000_000);
            assertThat(first.ok()).as(first.err()).isTrue();

            try (ServiceProcess service = ServiceProcess.start(db, tmp.resolve("logs"))) {
                assertThat(service.awaitServed(1, Duration.ofSeconds(10))).isEqualTo(1);
                int killed = 0;
                int completed = 0;
                int midRun = 0;
                long lastComplete = 1;
                for (int i = 0; killed < KILLS; i++) {
                    repo.change(5);
                    long before = probe.count(MAX_ID);
                    IndexerCli.Run run = cli.start("index", repo.root().toString(), "--full");
                    if (i % 4 == 3) {
                        Thread.sleep(random.nextInt(1500)); // JVM start, lock, migrations check, walk
                    } else {
                        // while it writes its snapshot, up to a little past the usual publish
                        awaitBuilding(run, probe, before);
                        Thread.sleep(random.nextInt(writingMs * 3 / 2));
                    }
                    if (run.process().isAlive()) {
                        run.kill();
                        killed++;
                        midRun += probe.count(BUILDING_AFTER + before) > 0 ? 1 : 0;
                    } else {
                        assertThat(run.finish().ok()).isTrue();
                        completed++;
                    }

                    assertThat(probe.integrityCheck()).as("after run %d (seed %d)", i, seed).isEqualTo("ok");
                    DbProbe.Ready newest = probe.newestReady();
                    assertThat(newest.version()).isGreaterThanOrEqualTo(lastComplete);
                    for (DbProbe.Ready r : probe.ready()) {
                        assertThat(r.manifestRows()).as("ready v%d", r.version()).isEqualTo(r.fileCount())
                                .isEqualTo(repo.fileCount());
                        assertThat(r.missingContents()).as("ready v%d", r.version()).isZero();
                    }
                    lastComplete = newest.version();
                    assertServes(service, newest);
                }
                IndexerCli.Result next = cli.run("index", repo.root().toString());

                assertThat(next.ok()).as(next.err()).isTrue();
                DbProbe.Ready published = probe.newestReady();
                assertThat(published.version()).isEqualTo(lastComplete + 1);
                assertThat(published.manifestRows()).isEqualTo(repo.fileCount());
                assertThat(probe.count("SELECT count(*) FROM snapshots WHERE status = 'building'")).isZero();
                assertThat(probe.integrityCheck()).isEqualTo("ok");
                assertServes(service, published);
                assertThat(service.log()).doesNotContain("SQLITE_BUSY", "Exception");
                System.out.printf("crash safety: %d SIGKILLs (%d while a snapshot was being written), %d runs"
                        + " finished first, writing phase %d ms, seed %d%n", killed, midRun, completed, writingMs, seed);
                assertThat(midRun).as("kills that hit a run writing its snapshot").isGreaterThanOrEqualTo(KILLS / 4);
            }
        }
    }

    /** True once the run has a 'building' snapshot newer than {@code afterId}; false when it ended first. */
    private static boolean awaitBuilding(IndexerCli.Run run, DbProbe probe, long afterId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (run.process().isAlive() && System.nanoTime() < deadline) {
            try {
                if (probe.count(BUILDING_AFTER + afterId) > 0) {
                    return true;
                }
            } catch (SQLException notCreatedYet) {
                // the first run has not created the database yet
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** The service reaches the newest ready version (it polls) and answers a context request from it. */
    private static void assertServes(ServiceProcess service, DbProbe.Ready newest) throws Exception {
        assertThat(service.awaitServed(newest.version(), Duration.ofSeconds(10))).isEqualTo(newest.version());
        HttpResponse<String> r = service.postContext(ScratchRepo.PROJECT, "post an invoice to the ledger", 1000);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode snapshot = ServiceProcess.json(r.body()).path("snapshot");
        assertThat(snapshot.path("version").asLong()).isEqualTo(newest.version());
        assertThat(snapshot.path("file_count").asInt()).isEqualTo(newest.fileCount());
    }
}
