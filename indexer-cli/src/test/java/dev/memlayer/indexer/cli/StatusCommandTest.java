package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class StatusCommandTest {

    @TempDir
    Path tmp;

    @Test
    void status_afterNewCommit_reportsHeadMovedAndCleanTree(QuarkusMainLauncher launcher) throws Exception {
        String db = tmp.resolve("m.db").toString();
        try (TestRepo repo = TestRepo.git(tmp.resolve("proj"))) {
            repo.write("a.txt", "a\n");
            repo.commitAll("one");
            assertThat(launcher.launch("index", repo.root().toString(), "--db", db).exitCode()).isZero();
            repo.write("b.txt", "b\n");
            String head = repo.commitAll("two").name();

            LaunchResult result = launcher.launch("status", repo.root().toString(), "--db", db, "--json");

            assertThat(result.exitCode()).isZero();
            JsonNode json = new ObjectMapper().readTree(result.getOutput());
            JsonNode p = json.get("projects").get(0);
            assertThat(p.get("project").get("name").asText()).isEqualTo("proj");
            assertThat(p.get("version").asLong()).isEqualTo(1);
            assertThat(p.get("head").asText()).isEqualTo(head);
            assertThat(p.get("head_moved").asBoolean()).isTrue();
            assertThat(p.get("dirty_now").asBoolean()).isFalse();
            assertThat(json.get("db_bytes").asLong()).isPositive();

            LaunchResult text = launcher.launch("status", "--all", "--db", db);
            assertThat(text.exitCode()).isZero();
            assertThat(text.getOutputStream().get(0)).startsWith("proj  v1 @ ").contains("HEAD moved to");
            assertThat(text.getOutputStream().get(1)).startsWith("database " + db);
        }
    }

    @Test
    void status_unregisteredPath_failsWithOneLine(QuarkusMainLauncher launcher) throws Exception {
        String db = tmp.resolve("m.db").toString();
        Path indexed = TestRepo.plain(tmp.resolve("one")).write("a.txt", "a\n").root();
        Path other = TestRepo.plain(tmp.resolve("two")).write("b.txt", "b\n").root();
        assertThat(launcher.launch("index", indexed.toString(), "--db", db).exitCode()).isZero();

        LaunchResult result = launcher.launch("status", other.toString(), "--db", db);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).hasSize(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: " + other.toRealPath() + " is not indexed");
    }

    @Test
    void status_missingDatabase_failsWithOneLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("status", "--all", "--db", tmp.resolve("none.db").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput()).startsWith("memlayer: no database at ");
    }
}
