package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class IndexCommandTest {

    @TempDir
    Path tmp;

    private Path repo() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("proj"))) {
            repo.write("src/A.java", "class A {}\n").write("README.md", "# proj\n");
            repo.commitAll("init");
            return repo.root();
        }
    }

    @Test
    void index_json_printsOneParsableObjectWithContractFields(QuarkusMainLauncher launcher) throws Exception {
        Path root = repo();
        Path db = tmp.resolve("db/m.db");

        LaunchResult result = launcher.launch("index", root.toString(), "--db", db.toString(), "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutputStream()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(result.getOutput());
        assertThat(json.fieldNames()).toIterable().containsExactly("project", "version", "commit", "branch", "dirty",
                "files", "changed", "reused", "removed", "skipped", "parsed", "edges", "bytes", "duration_ms", "db");
        assertThat(json.get("project").fieldNames()).toIterable().containsExactly("id", "name", "root");
        assertThat(json.get("project").get("name").asText()).isEqualTo("proj");
        assertThat(json.get("version").asLong()).isEqualTo(1);
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("commit").asText()).hasSize(40);
        assertThat(json.get("branch").asText()).isEqualTo("main");
        assertThat(json.get("dirty").asBoolean()).isFalse();
        assertThat(json.get("db").asText()).isEqualTo(db.toString());
    }

    @Test
    void index_twice_printsSummaryLineAndReusesEverything(QuarkusMainLauncher launcher) throws Exception {
        Path root = repo();
        String db = tmp.resolve("m.db").toString();

        launcher.launch("index", root.toString(), "--db", db);
        LaunchResult second = launcher.launch("index", root.toString(), "--db", db);

        assertThat(second.exitCode()).isZero();
        assertThat(second.getOutput()).matches("indexed proj: 2 files \\(0 changed, 2 reused, 0 removed, 0 skipped;"
                + " 0 parsed, \\d+ edges\\) in \\d+ ms -> snapshot v2 @ [0-9a-f]{7} \\(main\\)");
        assertThat(second.getErrorOutput()).isEmpty();
    }

    @Test
    @Launch(value = {"index", "--bogus"}, exitCode = 2)
    void index_unknownOption_exitsTwoWithOneLine(LaunchResult result) {
        assertThat(result.getErrorStream()).hasSize(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: Unknown option: '--bogus'");
    }

    @Test
    @Launch(value = {"index", "a", "b"}, exitCode = 2)
    void index_twoPaths_exitsTwo(LaunchResult result) {
        assertThat(result.getErrorOutput()).startsWith("memlayer: ");
    }

    @Test
    @Launch(value = {}, exitCode = 2)
    void memlayer_withoutCommand_exitsTwo(LaunchResult result) {
        assertThat(result.getErrorOutput()).isEqualTo(
                "memlayer: missing command: index, status, reindex, hook, doctor, agent or gc (see `memlayer --help`)");
    }

    @Test
    void index_missingDirectory_failsWithOneLineAndExitOne(QuarkusMainLauncher launcher) {
        Path missing = tmp.resolve("nope");

        LaunchResult result = launcher.launch("index", missing.toString(), "--db", tmp.resolve("m.db").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).containsExactly("memlayer: not a directory: " + missing);
        assertThat(result.getOutput()).isEmpty();
    }

    @Test
    void index_newerSchemaDatabase_isRefusedWithOneLine(QuarkusMainLauncher launcher) throws Exception {
        Path root = repo();
        Path db = tmp.resolve("m.db");
        assertThat(launcher.launch("index", root.toString(), "--db", db.toString()).exitCode()).isZero();
        TestDb.execute(db, "INSERT INTO schema_migrations VALUES (99, 'V99__future', 'x', 0)");

        LaunchResult result = launcher.launch("index", root.toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).hasSize(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: database schema version 99 is newer");
    }

    @Test
    void index_verbose_addsStackTraceAfterTheLine(QuarkusMainLauncher launcher) {
        Path missing = tmp.resolve("nope");

        LaunchResult result = launcher.launch("index", missing.toString(), "--db", tmp.resolve("m.db").toString(),
                "--verbose");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream().get(0)).isEqualTo("memlayer: not a directory: " + missing);
        assertThat(result.getErrorStream().size()).isGreaterThan(1);
    }
}
