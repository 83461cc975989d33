package dev.memlayer.indexer.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.GitCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed hook scripts under the real git binary, with a {@link FakeLauncher} in place of
 * memlayer: what they start, when, with which arguments, and what they leave to the user's hooks.
 */
class HookScriptTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private GitCli git;
    private FakeLauncher fake;
    private Path db;
    private final GitHookInstaller installer = new GitHookInstaller();

    @BeforeEach
    void repo() throws Exception {
        git = GitCli.init(tmp.resolve("repo"), tmp.resolve("gitconfig"), Map.of());
        git.write("a.txt", "a\n").commitAll("first");
        fake = FakeLauncher.create(tmp.resolve("bin"));
        db = tmp.resolve("data").resolve("m.db");
    }

    private Path hooksDir() {
        return git.dir().resolve(".git").resolve("hooks");
    }

    @Test
    void commit_startsTheRunInTheBackground_andReturnsWhileItIsStillGoing() throws Exception {
        installer.install(hooksDir(), fake.launcher(), db);

        GitCli.Result commit = commit("b.txt");

        assertThat(commit.exit()).isZero();
        assertThat(GitCli.await(WAIT, () -> fake.calls().size() == 1)).isTrue();
        assertThat(fake.done()).as("the run is still waiting when git has returned").isZero();
        String call = fake.calls().get(0);
        assertThat(call).startsWith("hook run --hook post-commit --queued " + tmp.resolve("data/hook-queue/"))
                .contains(" --db " + db + " " + git.dir().toRealPath())
                .endsWith("cwd=" + git.dir().toRealPath());
        fake.release();
        assertThat(GitCli.await(WAIT, () -> fake.done() == 1)).isTrue();
    }

    @Test
    void burst_whileARunIsQueued_startsNoSecondRun_untilTheQueuedOneHasStarted() throws Exception {
        installer.install(hooksDir(), fake.launcher(), db);

        commit("b.txt");
        assertThat(GitCli.await(WAIT, () -> fake.calls().size() == 1)).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(commit("c" + i + ".txt").exit()).isZero();
        }
        assertThat(fake.calls()).as("the queued run covers these commits").hasSize(1);

        fake.release();
        assertThat(GitCli.await(WAIT, () -> fake.done() == 1)).isTrue();
        commit("d.txt");
        assertThat(GitCli.await(WAIT, () -> fake.calls().size() == 2)).isTrue();
    }

    @Test
    void checkout_ofABranch_runs_butAFileCheckoutOrTheSameCommit_doesNot() throws Exception {
        fake.release();
        git.run("branch", "other");
        git.run("checkout", "-q", "other");
        git.write("o.txt", "o\n").commitAll("on other");
        installer.install(hooksDir(), fake.launcher(), db);

        git.write("a.txt", "changed\n");
        git.run("checkout", "--", "a.txt");
        git.run("checkout", "-q", "-b", "same-commit");
        assertThat(fake.calls()).as("file checkout and a new branch at the same commit").isEmpty();

        git.run("checkout", "-q", "main");
        assertThat(GitCli.await(WAIT, () -> fake.calls().size() == 1)).isTrue();
        assertThat(fake.calls().get(0)).startsWith("hook run --hook post-checkout ");
    }

    @Test
    void userHook_runsFirstWithItsArgumentsAndStdin_andUninstallPutsItBackExactly() throws Exception {
        fake.release();
        Path userHook = hooksDir().resolve("post-rewrite");
        String userScript = "#!/bin/sh\necho \"user $1\" >> \"" + tmp.resolve("user.log") + "\"\ncat >> \""
                + tmp.resolve("user.log") + "\"\nexit 3\n";
        Files.writeString(userHook, userScript);
        Files.setPosixFilePermissions(userHook, PosixFilePermissions.fromString("rwxr-x---"));

        installer.install(hooksDir(), fake.launcher(), db);
        assertThat(Files.readString(userHook)).contains(HookScript.MARKER);
        // An amend fires post-commit first: its run would still hold the queued marker on a busy machine and
        // (rightly) absorb the post-rewrite firing, so only post-rewrite stays installed here.
        Files.delete(hooksDir().resolve("post-commit"));
        git.write("a.txt", "amended\n");
        git.run("add", "-A");
        GitCli.Result amend = git.exec("commit", "-q", "--amend", "-m", "first, amended");

        assertThat(amend.exit()).isZero();
        assertThat(Files.readString(tmp.resolve("user.log"))).startsWith("user amend\n").contains(git.head());
        assertThat(GitCli.await(WAIT, () -> fake.calls().stream().anyMatch(c -> c.contains("--hook post-rewrite"))))
                .isTrue();

        installer.uninstall(hooksDir());
        assertThat(Files.readString(userHook)).isEqualTo(userScript);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(userHook))).isEqualTo("rwxr-x---");
        assertThat(hooksDir().resolve("post-rewrite" + HookScript.CHAINED_SUFFIX)).doesNotExist();
        assertThat(hooksDir().resolve("post-commit")).doesNotExist();
    }

    @Test
    void launcherGone_hookDoesNothing_andGitSucceedsSilently() throws Exception {
        installer.install(hooksDir(), fake.launcher(), db);
        Files.delete(fake.script());

        GitCli.Result commit = commit("b.txt");

        assertThat(commit.exit()).isZero();
        assertThat(commit.err()).isEmpty();
        assertThat(tmp.resolve("data")).doesNotExist();
        assertThat(installer.status(hooksDir())).allSatisfy(h -> {
            assertThat(h.state()).isEqualTo(HookState.State.INSTALLED);
            assertThat(h.launcherPresent()).isFalse();
            assertThat(h.working()).isFalse();
        });
    }

    @Test
    void install_twice_isUnchanged_andStatusReadsWhatWasRecorded() throws Exception {
        installer.install(hooksDir(), fake.launcher(), db);

        assertThat(installer.install(hooksDir(), fake.launcher(), db)).extracting(HookChange::action)
                .containsOnly("unchanged");
        assertThat(installer.status(hooksDir())).extracting(HookState::hook)
                .containsExactly("post-commit", "post-merge", "post-checkout", "post-rewrite");
        assertThat(installer.status(hooksDir())).allSatisfy(h -> {
            assertThat(h.working()).isTrue();
            assertThat(h.db()).isEqualTo(db.toString());
            assertThat(h.launcher()).isEqualTo(fake.script().toString());
        });
    }

    @Test
    void linkedWorktree_firesTheSharedHook_forItsOwnRoot() throws Exception {
        fake.release();
        installer.install(hooksDir(), fake.launcher(), db);
        git.run("worktree", "add", "-q", tmp.resolve("wt").toString(), "-b", "side");
        int before = fake.calls().size();
        GitCli wt = git.in(tmp.resolve("wt"));

        wt.write("w.txt", "w\n").commitAll("in the worktree");

        Path wtRoot = tmp.resolve("wt").toRealPath();
        assertThat(GitCli.await(WAIT, () -> fake.calls().stream().skip(before)
                .anyMatch(c -> c.contains("--hook post-commit") && c.endsWith(wtRoot + " cwd=" + wtRoot)))).isTrue();
    }

    @Test
    void coreHooksPath_hooksInstalledWhereGitLooks_fire() throws Exception {
        fake.release();
        git.run("config", "core.hooksPath", ".githooks");
        Path dir;
        try (dev.memlayer.indexer.git.GitWorkTree tree = dev.memlayer.indexer.git.GitWorkTree.open(git.dir())) {
            dir = HooksDirectory.of(tree.repository().orElseThrow(), tree.root());
        }
        installer.install(dir, fake.launcher(), db);

        commit("h.txt");

        assertThat(dir).isEqualTo(git.dir().toRealPath().resolve(".githooks"));
        assertThat(GitCli.await(WAIT, () -> fake.calls().size() == 1)).isTrue();
        assertThat(hooksDir().resolve("post-commit")).doesNotExist();
    }

    private GitCli.Result commit(String file) throws Exception {
        git.write(file, file + "\n");
        git.run("add", "-A");
        return git.exec("commit", "-q", "-m", "add " + file);
    }
}
