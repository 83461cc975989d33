package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository with everything awkward at once: the command still prints its one line and exits 0. */
@QuarkusMainTest
class BadRepositoryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void index_awkwardRepository_exitsZeroWithSummaryAndQuietStderr(QuarkusMainLauncher launcher) throws Exception {
        Path root;
        try (TestRepo repo = TestRepo.git(tmp.resolve("awkward"))) {
            repo.write("ok.py", "def ok():\n    return 1\n")
                    .write("name with spaces and ünïcødé.md", "# hi\n")
                    .write("bad-utf8.txt", new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'}, TestRepo.OLD)
                    .write("binary.dat", new byte[] {1, 0, 2, 0}, TestRepo.OLD)
                    .write("config.yml", "password: Hunter2Hunter2x\n")
                    .write("server.pem", "-----BEGIN PRIVATE KEY-----\n");
            root = repo.root();
            Files.createSymbolicLink(root.resolve("broken"), root.resolve("nowhere"));
            Files.createSymbolicLink(root.resolve("escape"), tmp);
            repo.commitAll("awkward");
        }
        assertThat(new ProcessBuilder("mkfifo", root.resolve("pipe").toString()).start().waitFor()).isZero();

        LaunchResult result = launcher.launch("index", root.toString(), "--db", tmp.resolve("m.db").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(result.getOutputStream()).hasSize(1);
        // ok.py, the spaced name, bad-utf8.txt, config.yml; skipped: binary, pem, two links, the pipe
        assertThat(result.getOutput()).startsWith("indexed awkward: 4 files").contains("5 skipped");
    }
}
