package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.snapshot.WriterLock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentIndexTest {

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        for (int i = 0; i < 300; i++) {
            repo.write("src/F" + i + ".java", "class F" + i + " {}\n".repeat(50));
        }
        repo.commitAll("files");
    }

    private IndexRun run(Duration wait) {
        return new IndexRun(IndexSettings.defaults().withLockWait(wait), Clock.systemUTC());
    }

    @Test
    void index_twoConcurrentRuns_neverInterleave() throws Exception {
        List<CompletableFuture<IndexSummary>> runs = List.of(
                CompletableFuture.supplyAsync(() -> run(Duration.ofSeconds(30)).run(repo.root(), db, true)),
                CompletableFuture.supplyAsync(() -> run(Duration.ofSeconds(30)).run(repo.root(), db, true)));

        List<Long> versions = runs.stream().map(CompletableFuture::join).map(IndexSummary::version).sorted().toList();

        assertThat(versions).containsExactly(1L, 2L);
        List<Object> started = TestDb.column(db, "SELECT started_at FROM snapshots ORDER BY version");
        List<Object> finished = TestDb.column(db, "SELECT indexed_at FROM snapshots ORDER BY version");
        assertThat(((Number) started.get(1)).longValue()).isGreaterThanOrEqualTo(((Number) finished.get(0)).longValue());
        assertThat(TestDb.column(db, "SELECT count(*) FROM snapshots s JOIN manifest m ON " + TestDb.HELD
                + " GROUP BY s.id")).containsExactly(300, 300);
    }

    @Test
    void index_whileLockHeld_waitsThenRunsWhenReleased() throws Exception {
        CompletableFuture<IndexSummary> waiting;
        try (WriterLock held = WriterLock.acquire(db, Duration.ZERO)) {
            waiting = CompletableFuture.supplyAsync(() -> run(Duration.ofSeconds(30)).run(repo.root(), db, false));
            Thread.sleep(500);
            assertThat(waiting).isNotDone();
        }
        assertThat(waiting.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
    }

    @Test
    void index_whileLockHeldWithTinyWait_failsWithOneLine() {
        try (WriterLock held = WriterLock.acquire(db, Duration.ZERO)) {
            assertThatThrownBy(() -> run(Duration.ofSeconds(1)).run(repo.root(), db, false))
                    .isInstanceOf(IndexerException.class)
                    .hasMessage("another index is writing " + db + " (waited 1 s)");
        }
    }
}
