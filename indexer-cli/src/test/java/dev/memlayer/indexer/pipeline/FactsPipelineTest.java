package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.resolve.ImportRulesRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts and graph through the real pipeline: what is parsed when, stored once, resolved into edges. */
class FactsPipelineTest {

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        repo.write("src/main/java/com/acme/Invoice.java", "class Invoice {\n}\n")
                .write("src/main/java/com/acme/Billing.java",
                        "import com.acme.Invoice;\nclass Billing {\ncall total\ncall total\n}\n")
                .write("src/main/java/com/acme/Totals.java", "class Totals {\nclass total\n}\n")
                .write("src/test/java/com/acme/BillingTest.java",
                        "import com.acme.Billing;\nclass BillingTest {\n}\n")
                .write("src/main/java/com/acme/Copy.java", "class Invoice {\n}\n")
                .write("README.md", "# app\n");
        repo.commitAll("initial");
    }

    private IndexSummary index(LineExtractor extractor, boolean full) {
        IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC(),
                new ExtractorRegistry(List.of(extractor)), new ImportRulesRegistry(List.of(extractor)));
        return run.run(repo.root(), db, full);
    }

    @Test
    void index_firstRun_parsesEachSourceOnce_andStoresSameContentOnce() throws Exception {
        LineExtractor lines = new LineExtractor(1);
        IndexSummary s = index(lines, false);

        assertThat(s.parsed()).isEqualTo(5);
        // Invoice.java and Copy.java have the same content: one extraction row, symbols stored once
        assertThat(TestDb.column(db, "SELECT count(*) FROM extractions")).containsExactly(4);
        assertThat(TestDb.column(db, "SELECT count(*) FROM symbols WHERE name = 'Invoice'")).containsExactly(1);
        assertThat(TestDb.column(db, "SELECT count FROM calls WHERE callee = 'total'")).containsExactly(2);
    }

    @Test
    void index_minifiedSource_isLexicalOnly_andNotReadAgain() throws Exception {
        // one 20 KB line: a bundle, not code anyone navigates
        String bundle = "class Bundled { " + "call minifiedHelper ".repeat(1_000) + "}";
        repo.write("src/main/java/com/acme/Bundle.java", bundle);
        repo.commitAll("bundle");
        LineExtractor lines = new LineExtractor(1);
        index(lines, false);

        assertThat(lines.extractions).hasValue(5); // the five ordinary sources, never the bundle
        assertThat(TestDb.column(db, "SELECT count(*) FROM symbols WHERE name = 'Bundled'")).containsExactly(0);
        assertThat(TestDb.column(db, "SELECT count(*) FROM lexical WHERE lexical MATCH 'minifiedhelper'"))
                .containsExactly(1);

        LineExtractor again = new LineExtractor(1);
        IndexSummary second = index(again, false);
        assertThat(second.reused()).isEqualTo(second.files()); // its empty facts are stored: nothing re-read
        assertThat(again.extractions).hasValue(0);
    }

    @Test
    void index_changingOneFile_reparsesExactlyOneFile() throws Exception {
        index(new LineExtractor(1), false);
        LineExtractor second = new LineExtractor(1);
        assertThat(index(second, false).parsed()).isZero();
        assertThat(second.extractions).hasValue(0);

        repo.write("src/main/java/com/acme/Totals.java", "class Totals {\nclass total\nclass sum\n}\n");
        LineExtractor third = new LineExtractor(1);
        IndexSummary s = index(third, false);

        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.parsed()).isEqualTo(1);
        assertThat(third.extractions).hasValue(1);
    }

    @Test
    void index_newExtractorVersion_reparsesEveryHandledFileOnce() throws Exception {
        index(new LineExtractor(1), false);
        LineExtractor v2 = new LineExtractor(2);
        IndexSummary s = index(v2, false);

        assertThat(s.reused()).isEqualTo(1); // README.md: no extractor reads it
        assertThat(s.parsed()).isEqualTo(5);
        assertThat(TestDb.column(db, "SELECT count(*) FROM extractions WHERE extractor_version = 2"))
                .containsExactly(4);
    }

    @Test
    void index_resolvesImportCallAndTestEdges() throws Exception {
        IndexSummary s = index(new LineExtractor(1), false);

        assertThat(s.edges()).isPositive();
        assertThat(TestDb.column(db, "SELECT kind || ' ' || src || ' -> ' || dst FROM edges ORDER BY 1")).contains(
                "import src/main/java/com/acme/Billing.java -> src/main/java/com/acme/Invoice.java",
                "call src/main/java/com/acme/Billing.java -> src/main/java/com/acme/Totals.java",
                "test src/test/java/com/acme/BillingTest.java -> src/main/java/com/acme/Billing.java");
        assertThat(TestDb.column(db, "SELECT evidence FROM edges WHERE kind = 'call'")).containsExactly("total ×2");
    }

    @Test
    void index_recordsTheChurnSetOfItsCommit() throws Exception {
        index(new LineExtractor(1), false);

        assertThat(TestDb.column(db, "SELECT count(*) FROM churn ch JOIN snapshots s ON s.churn_set_id = ch.churn_set_id"
                + " WHERE s.version = 1 AND ch.commits_total = 1")).containsExactly(6);
        assertThat(TestDb.column(db, "SELECT commit_sha FROM churn_sets")).containsExactly(
                TestDb.column(db, "SELECT commit_sha FROM snapshots WHERE version = 1").get(0));
    }
}
