package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class ReindexCommandTest {

    @TempDir
    Path tmp;

    @Test
    void reindexAll_indexesEachProjectAtItsHead_andSkipsAMissingRootWithAWarning(QuarkusMainLauncher launcher)
            throws Exception {
        String db = tmp.resolve("m.db").toString();
        try (TestRepo alive = TestRepo.git(tmp.resolve("alive")); TestRepo gone = TestRepo.git(tmp.resolve("gone"))) {
            alive.write("a.txt", "a\n").commitAll("one");
            gone.write("g.txt", "g\n").commitAll("one");
            assertThat(launcher.launch("index", alive.root().toString(), "--db", db).exitCode()).isZero();
            assertThat(launcher.launch("index", gone.root().toString(), "--db", db).exitCode()).isZero();
            String head = alive.write("b.txt", "b\n").commitAll("two").name();
            Path goneRoot = gone.root().toRealPath();
            FileUtils.delete(goneRoot.toFile(), FileUtils.RECURSIVE);

            LaunchResult result = launcher.launch("reindex", "--all", "--db", db);

            assertThat(result.exitCode()).isZero();
            assertThat(result.getOutputStream()).singleElement().asString().startsWith("indexed alive: 2 files")
                    .contains("-> snapshot v2 @ " + head.substring(0, 7));
            assertThat(result.getErrorStream()).containsExactly(
                    "memlayer: warning: skipped gone: root " + goneRoot + " is gone");
            List<Object> commits = TestDb.column(Path.of(db), "SELECT s.commit_sha FROM snapshots s JOIN projects p"
                    + " ON p.id = s.project_id WHERE p.name = 'alive' AND s.status = 'ready' ORDER BY s.version DESC");
            assertThat(commits.get(0)).isEqualTo(head);
        }
    }

    @Test
    void reindex_withoutAll_isAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("reindex", "--db", tmp.resolve("m.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).startsWith("memlayer: reindex needs --all");
    }

    @Test
    void reindexAll_noDatabase_failsWithOneLine(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("reindex", "--all", "--db", tmp.resolve("none.db").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).singleElement().asString().startsWith("memlayer: no database at ");
    }
}
