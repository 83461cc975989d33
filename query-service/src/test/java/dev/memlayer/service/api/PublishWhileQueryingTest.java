package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexedRepo;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.InjectIndexedRepo;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class PublishWhileQueryingTest {

    private static final int PUBLISHES = 20;
    private static final int READERS = 3;
    /** Readers pause this long between requests so the two-core CI box still has room for the indexer. */
    private static final long PAUSE_MS = 5;

    @InjectIndexedRepo
    IndexedRepo indexed;

    @Inject
    SnapshotCatalog catalog;

    @Test
    void newSnapshot_isServedWithinSeconds() throws Exception {
        long before = servedVersion();
        IndexResult next = indexed.changeAndIndex("second run");

        assertThat(next.version()).isGreaterThan(before);
        awaitServed(next.version(), Duration.ofSeconds(5));
    }

    @Test
    void newSnapshot_isServedWithItsSymbolIndexAlreadyBuilt() throws Exception {
        SnapshotView view = servedView(indexed.changeAndIndex("symbol index run"));

        assertThat(view.symbolIndexReady()).as("built by the catalog, before any request of that version").isTrue();
    }

    @Test
    void newSnapshot_ofAQueriedProject_isServedWithItsPlanningIndexesAlreadyBuilt() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", "InvoiceService total"))
                .post("/v1/context").then().statusCode(200);

        SnapshotView view = servedView(indexed.changeAndIndex("warming run"));

        assertThat(view.derivedTypes()).as("built by the catalog's warming, before any request of that version")
                .extracting(Class::getSimpleName)
                .contains("PathRanks", "Neighbours", "CompactStems", "Marked", "PastCommits");
    }

    @Test
    void newSnapshot_ofAnExploredProject_isServedWithItsOverviewBuilt() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("project", "billing")).post("/v1/explore")
                .then().statusCode(200);

        SnapshotView view = servedView(indexed.changeAndIndex("explored run"));

        assertThat(view.derivedTypes()).as("the project was explored: its next overview is built before a request")
                .extracting(Class::getSimpleName).contains("Overview");
    }

    @Test
    void newSnapshot_ofASearchedProject_isServedWithItsNameIndexBuilt() throws Exception {
        given().queryParam("q", "Invoice").get("/v1/projects/billing/symbols").then().statusCode(200);

        SnapshotView view = servedView(indexed.changeAndIndex("searched run"));

        assertThat(view.derivedTypes()).as("the project's symbols were searched: its next name index is built")
                .extracting(Class::getSimpleName).contains("NameIndex");
    }

    /** The view the catalog serves once it has taken up {@code next}, before any request asks for it. */
    private SnapshotView servedView(IndexResult next) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        SnapshotView view = catalog.state().views().get(next.projectId());
        while ((view == null || view.version() < next.version()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            view = catalog.state().views().get(next.projectId());
        }
        assertThat(view).isNotNull();
        assertThat(view.version()).isEqualTo(next.version());
        return view;
    }

    @Test
    void readersQueryingWhileIndexerPublishes_seeNoErrorNoRegressionAndCompleteManifests() throws Exception {
        AtomicBoolean publishing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(READERS);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(pool.submit(() -> {
                long lastSeen = 0;
                int requests = 0;
                started.countDown();
                while (publishing.get() || requests == 0) {
                    Response r = given().contentType(ContentType.JSON)
                            .body(Map.of("project", "billing", "task", "InvoiceService total", "budget_tokens", 800))
                            .post("/v1/context");
                    requests++;
                    Thread.sleep(PAUSE_MS);
                    if (r.statusCode() != 200) {
                        failures.add("HTTP " + r.statusCode() + ": " + r.asString());
                        continue;
                    }
                    long version = r.jsonPath().getLong("snapshot.version");
                    if (version < lastSeen) {
                        failures.add("version went back from " + lastSeen + " to " + version);
                    }
                    lastSeen = version;
                    if (r.jsonPath().getInt("snapshot.file_count") != TestRepo.TRACKED_FILES) {
                        failures.add("snapshot " + version + " has " + r.jsonPath().getInt("snapshot.file_count")
                                + " files");
                    }
                    if (!TestRepo.INVOICE_SERVICE.equals(r.jsonPath().getString("files[0].path"))) {
                        failures.add("snapshot " + version + " ranked " + r.jsonPath().getString("files[0].path"));
                    }
                    SnapshotView view = catalog.state().views().values().iterator().next();
                    if (view.files().size() != view.meta().fileCount()) {
                        failures.add("view " + view.version() + " has " + view.files().size() + " manifest rows for "
                                + view.meta().fileCount() + " files");
                    }
                }
                return requests;
            }));
        }
        long firstVersion = servedVersion();
        long lastVersion = firstVersion;
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i <= PUBLISHES; i++) {
                IndexResult r = indexed.changeAndIndex("publish " + i);
                assertThat(r.version()).isGreaterThan(lastVersion);
                assertThat(r.files()).isEqualTo(TestRepo.TRACKED_FILES);
                lastVersion = r.version();
            }
        } finally {
            publishing.set(false);
        }
        int total = 0;
        for (Future<Integer> f : readers) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(total).isGreaterThan(PUBLISHES);
        assertThat(lastVersion).isEqualTo(firstVersion + PUBLISHES);
        awaitServed(lastVersion, Duration.ofSeconds(5));
    }

    private static long servedVersion() {
        return given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", "invoice"))
                .post("/v1/context").then().statusCode(200).extract().jsonPath().getLong("snapshot.version");
    }

    private static void awaitServed(long version, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long served = servedVersion();
        while (served < version && System.nanoTime() < deadline) {
            Thread.sleep(50);
            served = servedVersion();
        }
        assertThat(served).isEqualTo(version);
    }
}
