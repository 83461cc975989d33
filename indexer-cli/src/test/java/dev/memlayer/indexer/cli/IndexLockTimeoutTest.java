package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.snapshot.WriterLock;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
@TestProfile(LockTimeoutProfile.class)
class IndexLockTimeoutTest {

    @TempDir
    Path tmp;

    @Test
    void index_whileAnotherWriterHoldsTheLock_failsWithOneLineAndExitOne(QuarkusMainLauncher launcher)
            throws Exception {
        Path root = TestRepo.plain(tmp.resolve("p")).write("a.txt", "a\n").root();
        Path db = tmp.resolve("m.db");

        try (WriterLock held = WriterLock.acquire(db, Duration.ZERO)) {
            LaunchResult result = launcher.launch("index", root.toString(), "--db", db.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.getErrorStream()).containsExactly(
                    "memlayer: another index is writing " + db + " (waited 1 s)");
        }
    }

    @Test
    void reindexAll_whileAnotherWriterHoldsTheLock_namesTheProjectAndExitsOne(QuarkusMainLauncher launcher)
            throws Exception {
        Path root = TestRepo.plain(tmp.resolve("p")).write("a.txt", "a\n").root();
        Path db = tmp.resolve("m.db");
        assertThat(launcher.launch("index", root.toString(), "--db", db.toString()).exitCode()).isZero();

        try (WriterLock held = WriterLock.acquire(db, Duration.ZERO)) {
            LaunchResult result = launcher.launch("reindex", "--all", "--db", db.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.getErrorStream()).containsExactly(
                    "memlayer: p: another index is writing " + db + " (waited 1 s)");
        }
    }
}
