package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.churn.ChurnService;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcuts of an incremental run (manifest rows shared with the previous snapshot, only changed
 * ones written; churn computed on a second thread beside the walk) must give the snapshot a full run gives: same manifest rows, same churn set.
 */
class IncrementalRunTest {

    private static final int FILES = 30;
    private static final String ROWS = "SELECT m.path || '|' || m.content_hash || '|' || m.size || '|' || m.mtime_ms"
            + " || '|' || m.language || '|' || m.lines FROM manifest m JOIN snapshots s ON " + TestDb.HELD
            + " WHERE s.version = ? ORDER BY m.path";

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private final IndexRun run = new IndexRun(IndexSettings.defaults().withMaxFileBytes(4096), Clock.systemUTC());

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("memlayer.db");
        repo = TestRepo.git(tmp.resolve("app"));
        for (int i = 0; i < FILES; i++) {
            repo.write("src/F" + i + ".java", "class F" + i + " {\n  void f" + i + "() {}\n}\n");
        }
        repo.commitAll("initial");
    }

    @Test
    void index_fewFilesChanged_sharesUnchangedRowsAndEqualsAFullRun() throws Exception {
        run.run(repo.root(), db, false);
        repo.write("src/F1.java", bytes("class F1 { int changed; }\n"), TestRepo.OLD.plusSeconds(60))
                .write("src/F2.java", bytes("class F2 { int changed; }\n"), TestRepo.OLD.plusSeconds(60))
                .write("src/F3.java", bytes("class F3 {\n  void f3() {}\n}\n"), TestRepo.OLD.plusSeconds(90)) // touched
                .write("src/F4.java", binary(), TestRepo.OLD.plusSeconds(60)) // now binary: left out
                .write("src/New.java", "class New {}\n")
                .delete("src/F5.java");

        IndexSummary incremental = run.run(repo.root(), db, false);
        IndexSummary full = run.run(repo.root(), db, true);

        assertThat(incremental.reused()).isEqualTo(FILES - 5); // all but F1 to F5
        assertThat(incremental.files()).isEqualTo(FILES - 1); // F4 and F5 gone, New added
        assertThat(incremental.removed()).isEqualTo(2);
        List<Object> rows = TestDb.column(db, ROWS, incremental.version());
        assertThat(rows).hasSize(FILES - 1).isEqualTo(TestDb.column(db, ROWS, full.version()));
        assertThat(paths(rows)).contains("src/New.java").doesNotContain("src/F4.java", "src/F5.java");
    }

    @Test
    void index_mostFilesChanged_writesRowsOneByOneAndEqualsAFullRun() throws Exception {
        run.run(repo.root(), db, false);
        for (int i = 0; i < 20; i++) {
            repo.write("src/F" + i + ".java", bytes("class F" + i + " { int v2; }\n"), TestRepo.OLD.plusSeconds(60));
        }
        repo.delete("src/F29.java");

        IndexSummary incremental = run.run(repo.root(), db, false);
        IndexSummary full = run.run(repo.root(), db, true);

        assertThat(incremental.reused()).isEqualTo(9);
        assertThat(incremental.changed()).isEqualTo(20);
        List<Object> rows = TestDb.column(db, ROWS, incremental.version());
        assertThat(rows).hasSize(FILES - 1).isEqualTo(TestDb.column(db, ROWS, full.version()));
    }

    @Test
    void index_afterEachCommitOfAScriptedHistory_churnSetEqualsOneComputedAloneOnAFreshDatabase() throws Exception {
        Random random = new Random(42);
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        List<String> live = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            live.add("src/F" + i + ".java");
        }
        for (int step = 0; step < 6; step++) {
            for (int k = 0; k < 5; k++) {
                int day = step * 25 + k * 4;
                String a = live.get(random.nextInt(live.size()));
                String b = live.get(random.nextInt(live.size()));
                repo.write(a, a + " day " + day + "\n").write(b, b + " day " + day + " too\n");
                if (k == 2) { // a rename now and then: churn follows it
                    String renamed = "src/moved/R" + step + ".java";
                    repo.write(renamed, "class R" + step + " {\n  void unchangedBody() { int x = 1; }\n}\n")
                            .delete(live.set(random.nextInt(live.size()), renamed));
                }
                commit("dev" + (day % 3), t0.plus(Duration.ofDays(day)));
            }
            IndexSummary s = run.run(repo.root(), db, false);

            long setId = ((Number) TestDb.column(db, "SELECT churn_set_id FROM snapshots WHERE version = ?",
                    s.version()).get(0)).longValue();
            Path alone = tmp.resolve("alone-" + step + ".db");
            long aloneId = churnAlone(alone, s.commit());
            assertThat(churnRows(db, setId)).isNotEmpty().isEqualTo(churnRows(alone, aloneId));
            assertThat(cochangeRows(db, setId)).isEqualTo(cochangeRows(alone, aloneId));
        }
    }

    private RevCommit commit(String author, Instant at) throws Exception {
        PersonIdent who = new PersonIdent(author, author + "@example.com", at, ZoneOffset.UTC);
        repo.git().add().addFilepattern(".").call();
        repo.git().add().addFilepattern(".").setUpdate(true).call();
        return repo.git().commit().setMessage("at " + at).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** The churn set of {@code sha} as {@link ChurnService#ensure} computes it alone, in a database of its own. */
    private long churnAlone(Path alone, String sha) throws Exception {
        try (Connection c = WriterDatabase.openAndMigrate(alone, Clock.systemUTC())) {
            String project = new ProjectRegistry(c, Clock.systemUTC()).register(repo.root().toRealPath()).id();
            return new ChurnService(Clock.systemUTC()).ensureChurnSet(c, repo.git().getRepository(), project,
                    repo.git().getRepository().resolve(sha));
        }
    }

    private static List<Object> churnRows(Path db, long setId) throws Exception {
        return TestDb.column(db, "SELECT path || '|' || commits_90d || '|' || commits_total || '|' || last_change_at"
                + " || '|' || authors FROM churn WHERE churn_set_id = ? ORDER BY path", setId);
    }

    private static List<Object> cochangeRows(Path db, long setId) throws Exception {
        return TestDb.column(db, "SELECT path_a || '|' || path_b || '|' || count FROM cochange"
                + " WHERE churn_set_id = ? ORDER BY path_a, path_b", setId);
    }

    private static List<String> paths(List<Object> rows) {
        return rows.stream().map(r -> ((String) r).substring(0, ((String) r).indexOf('|'))).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] data = new byte[32];
        data[3] = 0;
        return data;
    }
}
