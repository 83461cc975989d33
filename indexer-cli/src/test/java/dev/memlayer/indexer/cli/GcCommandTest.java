package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class GcCommandTest {

    @TempDir
    Path tmp;

    /** Three snapshots of a repository whose one file changes each time; returns the database. */
    private Path indexedThreeTimes(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("m.db");
        try (TestRepo repo = TestRepo.git(tmp.resolve("proj"))) {
            repo.write("README.md", "# proj\n").write("src/A.java", "class A { int v0; }\n");
            repo.commitAll("init");
            for (int i = 0; i < 3; i++) {
                if (i > 0) {
                    repo.write("src/A.java", ("class A { int v" + i + "; }\n").getBytes(StandardCharsets.UTF_8),
                            TestRepo.OLD.plusSeconds(i));
                }
                assertThat(launcher.launch("index", repo.root().toString(), "--db", db.toString()).exitCode())
                        .isZero();
            }
        }
        return db;
    }

    @Test
    void gc_keepOne_printsOneLineAndLeavesTheNewestSnapshot(QuarkusMainLauncher launcher) throws Exception {
        Path db = indexedThreeTimes(launcher);

        LaunchResult result = launcher.launch("gc", "--keep", "1", "--db", db.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutputStream()).hasSize(1);
        assertThat(result.getOutput()).startsWith("gc: removed 2 snapshots, 2 contents, 2 extractions; reclaimed ")
                .contains("kept 1 per project; database ");
        assertThat(TestDb.column(db, "SELECT version FROM snapshots")).containsExactly(3);
        assertThat(TestDb.column(db, "SELECT count(*) FROM lexical")).containsExactly(2);
    }

    @Test
    void gc_json_printsOneObjectWithCounts(QuarkusMainLauncher launcher) throws Exception {
        Path db = indexedThreeTimes(launcher);

        LaunchResult result = launcher.launch("gc", "--db", db.toString(), "--json", "--keep", "2", "--vacuum");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutputStream()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(result.getOutput());
        assertThat(json.fieldNames()).toIterable().containsExactly("db", "keep", "removed", "vacuumed", "db_bytes",
                "duration_ms");
        assertThat(json.get("removed").get("snapshots_removed").asInt()).isEqualTo(1);
        assertThat(json.get("removed").get("contents_removed").asInt()).isEqualTo(1);
        assertThat(json.get("vacuumed").asBoolean()).isTrue();
        assertThat(json.get("db_bytes").asLong()).isPositive();
    }

    @Test
    void gc_nothingToRemove_reportsZeros(QuarkusMainLauncher launcher) throws Exception {
        Path db = indexedThreeTimes(launcher);

        LaunchResult result = launcher.launch("gc", "--db", db.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).startsWith("gc: removed 0 snapshots, 0 contents, 0 extractions");
    }

    @Test
    void gc_keepZero_isAUsageErrorOnOneLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("gc", "--keep", "0", "--db", tmp.resolve("m.db").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.getErrorStream()).hasSize(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: --keep must be at least 1");
    }

    @Test
    void gc_missingDatabase_failsWithOneLineAndCreatesNothing(QuarkusMainLauncher launcher) {
        Path db = tmp.resolve("none.db");

        LaunchResult result = launcher.launch("gc", "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(result.getErrorStream()).hasSize(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: no database at " + db);
        assertThat(db).doesNotExist();
    }
}
