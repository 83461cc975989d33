package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class HookCommandTest {

    @TempDir
    Path tmp;

    @Test
    void installStatusUninstall_roundTrip_leavesAUserHookAsItWas(QuarkusMainLauncher launcher) throws Exception {
        Path launcherFile = tmp.resolve("bin/memlayer");
        Files.createDirectories(launcherFile.getParent());
        Files.writeString(launcherFile, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcherFile, PosixFilePermissions.fromString("rwxr-xr-x"));
        String db = tmp.resolve("data/m.db").toString();
        try (TestRepo repo = TestRepo.git(tmp.resolve("proj"))) {
            Path userHook = repo.root().resolve(".git/hooks/post-merge");
            Files.writeString(userHook, "#!/bin/sh\necho merged\n");
            Files.setPosixFilePermissions(userHook, PosixFilePermissions.fromString("rwxr-xr-x"));
            String root = repo.root().toRealPath().toString();

            LaunchResult install = launcher.launch("hook", "install", root, "--db", db, "--launcher",
                    launcherFile.toString());

            assertThat(install.exitCode()).isZero();
            assertThat(install.getOutputStream()).hasSize(5);
            assertThat(install.getOutputStream().get(1)).startsWith("post-merge     installed  ")
                    .endsWith("(your previous hook is kept as post-merge.memlayer-chained and runs first)");
            assertThat(install.getOutputStream().get(4)).isEqualTo("hooks of " + root + " in " + root
                    + "/.git/hooks; log " + tmp.resolve("data/hook.log"));

            LaunchResult status = launcher.launch("hook", "status", root, "--db", db);
            assertThat(status.exitCode()).isZero();
            assertThat(status.getOutputStream().get(1)).startsWith("post-merge     installed  ")
                    .endsWith("(calls post-merge.memlayer-chained first)");

            LaunchResult uninstall = launcher.launch("hook", "uninstall", root, "--db", db);
            assertThat(uninstall.exitCode()).isZero();
            assertThat(Files.readString(userHook)).isEqualTo("#!/bin/sh\necho merged\n");
            assertThat(repo.root().resolve(".git/hooks/post-commit")).doesNotExist();
        }
    }

    @Test
    void install_outsideGit_failsWithOneLine(QuarkusMainLauncher launcher) throws Exception {
        Path plain = TestRepo.plain(tmp.resolve("plain")).write("a.txt", "a\n").root();

        LaunchResult result = launcher.launch("hook", "install", plain.toString(), "--launcher", "/bin/sh");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorStream()).singleElement().asString()
                .isEqualTo("memlayer: " + plain.toRealPath() + " is not a git repository; hooks need one "
                        + "(index it by hand or from cron)");
    }
}
