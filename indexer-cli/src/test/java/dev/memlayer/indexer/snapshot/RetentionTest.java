package dev.memlayer.indexer.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.pipeline.IndexRun;
import dev.memlayer.indexer.pipeline.IndexSettings;
import dev.memlayer.indexer.resolve.ImportRulesRegistry;
import dev.memlayer.schema.SqliteSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    /** Kept snapshots' manifest hashes that lack their content or lexical row: must stay empty. */
    private static final String MISSING = "SELECT m.content_hash FROM manifest m JOIN snapshots s ON " + TestDb.HELD
            + " LEFT JOIN contents c ON c.content_hash = m.content_hash"
            + " WHERE s.status = 'ready' AND (c.rowid IS NULL"
            + " OR NOT EXISTS (SELECT 1 FROM lexical l WHERE l.rowid = c.rowid))";

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private int edits;

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        repo.write("src/Stable.java", "class Stable { int unchangedField; }\n")
                .write("src/Changing.java", "class Changing { int revision0; }\n");
        repo.commitAll("initial");
    }

    /** Indexes with retention keeping {@code keep}, after editing Changing.java unless it is the first run. */
    private void indexEdited(int keep) throws Exception {
        if (edits > 0) {
            repo.write("src/Changing.java", ("class Changing { int revision" + edits + "; }\n")
                    .getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(edits));
        }
        edits++;
        // no extractors: the facts below are inserted by hand, so the test controls every row
        new IndexRun(IndexSettings.defaults().withKeepSnapshots(keep), Clock.systemUTC(),
                new ExtractorRegistry(List.of()), new ImportRulesRegistry(List.of())).run(repo.root(), db, false);
    }

    private RetentionResult collect(int keep) throws Exception {
        try (Connection c = WriterDatabase.openAndMigrate(db, Clock.systemUTC())) {
            return new Retention(c, keep).collect();
        }
    }

    private List<Object> column(String sql) throws Exception {
        return TestDb.column(db, sql);
    }

    @Test
    void indexRun_keepTwo_keepsExactlyTheLastTwoReadySnapshots() throws Exception {
        for (int i = 0; i < 5; i++) {
            indexEdited(2);
        }

        assertThat(column("SELECT version FROM snapshots WHERE status = 'ready' ORDER BY version")).containsExactly(4, 5);
        assertThat(column("SELECT count(*) FROM snapshots")).containsExactly(2);
        assertThat(column("SELECT DISTINCT s.id FROM snapshots s JOIN manifest m ON " + TestDb.HELD + " ORDER BY 1"))
                .isEqualTo(column("SELECT id FROM snapshots ORDER BY id"));
        // no row is left that no kept snapshot holds: only Stable's row and Changing's last two revisions
        assertThat(column("SELECT count(*) FROM manifest m WHERE NOT EXISTS (SELECT 1 FROM snapshots s WHERE "
                + TestDb.HELD + ")")).containsExactly(0);
        assertThat(column("SELECT count(*) FROM manifest")).containsExactly(3);
        // Stable + the two revisions of Changing that the kept snapshots reference
        assertThat(column("SELECT count(*) FROM contents")).containsExactly(3);
        assertThat(column("SELECT count(*) FROM lexical")).containsExactly(3);
        assertThat(column(MISSING)).isEmpty();
        assertThat(TestDb.column(db, "SELECT count(*) FROM lexical WHERE lexical MATCH 'revision1'")).containsExactly(0);
        assertThat(TestDb.column(db, "SELECT count(*) FROM lexical WHERE lexical MATCH 'revision4'")).containsExactly(1);
    }

    @Test
    void collect_nothingExpired_removesNothingAKeptSnapshotNeeds() throws Exception {
        indexEdited(5);
        indexEdited(5);

        RetentionResult r = collect(5);

        assertThat(r.snapshotsRemoved()).isZero();
        assertThat(r.contentsRemoved()).isZero();
        assertThat(column("SELECT count(*) FROM contents")).containsExactly(3);
        assertThat(column(MISSING)).isEmpty();
    }

    @Test
    void collect_keepOne_removesOlderSnapshotsContentsAndLexicalRows() throws Exception {
        indexEdited(5);
        indexEdited(5);
        indexEdited(5);

        RetentionResult r = collect(1);

        assertThat(r.snapshotsRemoved()).isEqualTo(2);
        assertThat(r.contentsRemoved()).isEqualTo(2);
        assertThat(r.bytesReclaimed()).isNotNegative();
        assertThat(column("SELECT version FROM snapshots")).containsExactly(3);
        assertThat(column("SELECT count(*) FROM manifest")).containsExactly(2);
        assertThat(column("SELECT count(*) FROM lexical")).containsExactly(2);
        assertThat(column(MISSING)).isEmpty();
    }

    @Test
    void collect_unreferencedFacts_areRemovedWithTheirCascadesAndReferencedOnesKept() throws Exception {
        indexEdited(5);
        String kept = (String) column("SELECT content_hash FROM manifest WHERE path = 'src/Stable.java'").get(0);
        TestDb.execute(db, "INSERT INTO extractions (id, content_hash, extractor, extractor_version)"
                + " VALUES (1, '" + kept + "', 'java', 1), (2, 'gone', 'java', 1)");
        TestDb.execute(db, "INSERT INTO symbols (extraction_id, ordinal, kind, name, signature, line_start, line_end,"
                + " exported) VALUES (1, 0, 'class', 'Stable', 'class Stable', 1, 1, 1),"
                + " (2, 0, 'class', 'Gone', 'class Gone', 1, 1, 1)");
        TestDb.execute(db, "INSERT INTO calls (extraction_id, callee, count, first_line) VALUES (2, 'run', 1, 1)");
        TestDb.execute(db, "UPDATE snapshots SET churn_set_id = NULL");
        TestDb.execute(db, "DELETE FROM churn_sets"); // the run's own set; replaced by two hand-made ones
        TestDb.execute(db, "INSERT INTO churn_sets (id, project_id, commit_sha, computed_at, commit_count)"
                + " SELECT 1, project_id, 'aaa', 0, 1 FROM snapshots UNION ALL"
                + " SELECT 2, project_id, 'bbb', 0, 1 FROM snapshots");
        TestDb.execute(db, "UPDATE snapshots SET churn_set_id = 1");
        TestDb.execute(db, "INSERT INTO churn (churn_set_id, path, commits_90d, commits_total, last_change_at,"
                + " authors) VALUES (1, 'src/Stable.java', 1, 1, 0, 1), (2, 'src/Stable.java', 1, 1, 0, 1)");
        TestDb.execute(db, "INSERT INTO cochange (churn_set_id, path_a, path_b, count) VALUES (2, 'a', 'b', 3)");
        TestDb.execute(db, "INSERT INTO git_blobs (blob_sha, content_hash) VALUES ('b1', '" + kept + "'),"
                + " ('b2', 'gone')");

        RetentionResult r = collect(5);

        assertThat(r.extractionsRemoved()).isEqualTo(1);
        assertThat(r.churnSetsRemoved()).isEqualTo(1);
        assertThat(r.gitBlobsRemoved()).isEqualTo(1);
        assertThat(column("SELECT id FROM extractions")).containsExactly(1);
        assertThat(column("SELECT name FROM symbols")).containsExactly("Stable");
        assertThat(column("SELECT count(*) FROM calls")).containsExactly(0);
        assertThat(column("SELECT id FROM churn_sets")).containsExactly(1);
        assertThat(column("SELECT churn_set_id FROM churn")).containsExactly(1);
        assertThat(column("SELECT count(*) FROM cochange")).containsExactly(0);
        assertThat(column("SELECT blob_sha FROM git_blobs")).containsExactly("b1");
    }

    @Test
    void indexRun_expiringASnapshot_removesTheFactsOnlyItReferenced_andKeepsSharedOnes() throws Exception {
        indexEdited(5);
        String stable = (String) column("SELECT content_hash FROM manifest WHERE path = 'src/Stable.java'").get(0);
        String first = (String) column("SELECT content_hash FROM manifest WHERE path = 'src/Changing.java'").get(0);
        TestDb.execute(db, "INSERT INTO extractions (id, content_hash, extractor, extractor_version) VALUES"
                + " (1, '" + stable + "', 'java', 1), (2, '" + first + "', 'java', 1)");
        TestDb.execute(db, "INSERT INTO symbols (extraction_id, ordinal, kind, name, signature, line_start, line_end,"
                + " exported) VALUES (1, 0, 'class', 'Stable', 'class Stable', 1, 1, 1),"
                + " (2, 0, 'class', 'Changing', 'class Changing', 1, 1, 1)");
        TestDb.execute(db, "INSERT INTO git_blobs (blob_sha, content_hash) VALUES ('b1', '" + stable + "'),"
                + " ('b2', '" + first + "')");
        // an orphan a failed run could leave: swept only once a failed snapshot expires (or by gc)
        TestDb.execute(db, "INSERT INTO extractions (id, content_hash, extractor, extractor_version)"
                + " VALUES (3, 'orphan', 'java', 1)");

        indexEdited(1);

        assertThat(column("SELECT version FROM snapshots")).containsExactly(2);
        assertThat(column("SELECT id FROM extractions ORDER BY id")).containsExactly(1, 3);
        assertThat(column("SELECT name FROM symbols")).containsExactly("Stable");
        assertThat(column("SELECT blob_sha FROM git_blobs")).containsExactly("b1");
        assertThat(column("SELECT count(*) FROM contents WHERE content_hash = '" + first + "'")).containsExactly(0);
        assertThat(column(MISSING)).isEmpty();

        TestDb.execute(db, "INSERT INTO snapshots (id, project_id, status, started_at, error)"
                + " SELECT 1, project_id, 'failed', 0, 'old failure' FROM snapshots");
        indexEdited(1);

        assertThat(column("SELECT id FROM extractions ORDER BY id")).containsExactly(1);
    }

    @Test
    void collect_failedSnapshots_recentKeptOldRemoved() throws Exception {
        indexEdited(5);
        TestDb.execute(db, "INSERT INTO snapshots (id, project_id, status, started_at, error)"
                + " SELECT 50, project_id, 'failed', 0, 'old failure' FROM snapshots WHERE id = 1");
        indexEdited(5);
        indexEdited(5);
        TestDb.execute(db, "INSERT INTO snapshots (id, project_id, status, started_at, error)"
                + " SELECT 90, project_id, 'failed', 0, 'recent failure' FROM snapshots WHERE id = 1");

        collect(2);

        // ready ids 1, 51, 52: keep 51 and 52; failure 50 predates the oldest kept, 90 is recent
        assertThat(column("SELECT id FROM snapshots ORDER BY id")).containsExactly(51, 52, 90);
    }

    @Test
    void collect_readerInOpenTransactionOnOldSnapshot_keepsReadingItWithoutError() throws Exception {
        indexEdited(5);
        indexEdited(5);
        try (Connection reader = SqliteSettings.reader(db).getConnection()) {
            reader.setAutoCommit(false);
            List<String> before = manifestOfVersion(reader, 1);
            assertThat(before).hasSize(2);

            RetentionResult r = collect(1);

            assertThat(r.snapshotsRemoved()).isEqualTo(1);
            assertThat(manifestOfVersion(reader, 1)).isEqualTo(before);
            try (PreparedStatement ps = reader.prepareStatement("SELECT count(*) FROM contents c JOIN manifest m"
                    + " ON m.content_hash = c.content_hash JOIN snapshots s ON " + TestDb.HELD + " WHERE s.version = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            reader.commit();
            assertThat(manifestOfVersion(reader, 1)).isEmpty();
        }
    }

    @Test
    void retention_keepBelowOne_isRejected() {
        assertThatThrownBy(() -> new Retention(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> manifestOfVersion(Connection c, long version) throws Exception {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.path FROM manifest m JOIN snapshots s"
                + " ON " + TestDb.HELD + " WHERE s.status = 'ready' AND s.version = ? ORDER BY m.path")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }
}
