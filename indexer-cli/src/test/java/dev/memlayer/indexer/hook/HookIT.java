package dev.memlayer.indexer.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.GitCli;
import dev.memlayer.indexer.snapshot.WriterLock;
import dev.memlayer.schema.SqliteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks end to end: the packaged indexer ({@code target/quarkus-app/quarkus-run.jar}) installs
 * them, the real git binary fires them, and the background runs publish snapshots into a real
 * database. Runs in the integration-test phase (failsafe), after {@code package}.
 */
class HookIT {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Duration RUN_WAIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private GitCli git;
    private Path db;

    @BeforeEach
    void repo() throws Exception {
        assertThat(JAR).as("package the indexer first (mvn -pl indexer-cli verify)").isRegularFile();
        // keep every snapshot, so the runs can be counted
        git = GitCli.init(tmp.resolve("repo"), tmp.resolve("gitconfig"), Map.of("MEMLAYER_KEEP_SNAPSHOTS", "100"));
        git.write("src/app.py", "def main():\n    return 1\n").commitAll("first");
        db = tmp.resolve("data").resolve("memlayer.db");
    }

    @Test
    void commitMergeCheckoutRebase_eachPublishesASnapshotAtTheNewHead() throws Exception {
        install();
        List<Long> commitMs = new ArrayList<>();

        commitMs.add(commit("src/one.py").millis());
        awaitSnapshotAtHead("post-commit");

        git.run("checkout", "-q", "-b", "feature");
        commitMs.add(commit("src/feature.py").millis());
        awaitSnapshotAtHead("post-commit on a branch");

        git.run("checkout", "-q", "main");
        awaitSnapshotAtHead("post-checkout");

        git.run("merge", "-q", "--no-ff", "-m", "merge feature", "feature");
        awaitSnapshotAtHead("post-merge");

        git.run("checkout", "-q", "-b", "topic", "main~1");
        commitMs.add(commit("src/topic.py").millis());
        awaitSnapshotAtHead("post-commit on topic");
        GitCli.Result rebase = git.exec("rebase", "-q", "main");
        assertThat(rebase.exit()).as(rebase.err()).isZero();
        awaitSnapshotAtHead("post-rewrite");

        awaitIdle();
        // a rebase fires post-checkout, post-commit and post-rewrite; whichever run was queued first covers them
        assertThat(log()).contains("post-commit", "post-checkout", "post-merge").doesNotContain("not indexed");
        System.out.println("[HookIT] git commit with hooks installed, wall ms: " + commitMs);
    }

    @Test
    void burstOfTenCommits_isCoalescedIntoAtMostTwoRuns_theLastAtTheNewestHead() throws Exception {
        install();
        List<Long> commitMs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            commitMs.add(commit("src/burst" + i + ".py").millis());
        }
        String head = git.head();

        awaitSnapshotAtHead("burst");
        awaitIdle();

        assertThat(readySnapshots()).hasSizeBetween(1, 2).last().isEqualTo(head);
        System.out.println("[HookIT] burst of 10 commits: " + readySnapshots().size() + " index runs; git commit wall ms "
                + commitMs);
    }

    @Test
    void existingUserHook_stillRuns_andIsRestoredByUninstall() throws Exception {
        Path userHook = git.dir().resolve(".git/hooks/post-commit");
        String userScript = "#!/bin/sh\ngit rev-parse HEAD >> \"" + tmp.resolve("user-hook.log") + "\"\n";
        Files.writeString(userHook, userScript);
        Files.setPosixFilePermissions(userHook, PosixFilePermissions.fromString("rwxr-xr-x"));
        install();

        commit("src/two.py");
        awaitSnapshotAtHead("post-commit with a chained user hook");

        assertThat(Files.readString(tmp.resolve("user-hook.log"))).isEqualTo(git.head() + "\n");
        assertThat(memlayer("hook", "uninstall", git.dir().toString(), "--db", db.toString())).contains("removed");
        assertThat(Files.readString(userHook)).isEqualTo(userScript);
    }

    @Test
    void runQueuedBehindAnotherWriter_waitsForTheLock_thenIndexes() throws Exception {
        install();
        String head;
        Files.createDirectories(db.getParent());
        try (WriterLock cron = WriterLock.acquire(db, Duration.ZERO)) {
            commit("src/three.py");
            head = git.head();
            // the run has started and is waiting: its JVM is up well within this time
            Thread.sleep(3000);
            assertThat(readySnapshots()).isEmpty();
        }
        awaitSnapshotAtHead("after the lock was released");
        assertThat(readySnapshots()).containsExactly(head);
    }

    private void install() throws Exception {
        String out = memlayer("hook", "install", git.dir().toString(), "--db", db.toString());
        assertThat(out).contains("post-commit", "post-merge", "post-checkout", "post-rewrite");
    }

    private GitCli.Result commit(String file) throws IOException {
        git.write(file, "# " + file + "\ndef f():\n    return '" + file + "'\n");
        git.run("add", "-A");
        GitCli.Result r = git.exec("commit", "-q", "-m", "add " + file);
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private void awaitSnapshotAtHead(String step) throws IOException {
        String head = git.head();
        boolean seen = GitCli.await(RUN_WAIT, () -> {
            List<String> commits = readySnapshots();
            return !commits.isEmpty() && commits.get(commits.size() - 1).equals(head);
        });
        assertThat(seen).as(step + ": no snapshot at " + head + "; hook log:\n" + log()).isTrue();
    }

    /** No run queued, and none holding the writer lock: every run the hooks started has finished. */
    private void awaitIdle() throws IOException, InterruptedException {
        Path queue = db.getParent().resolve(HookScript.QUEUE_DIR);
        assertThat(GitCli.await(RUN_WAIT, () -> {
            try (Stream<Path> markers = Files.list(queue)) {
                return markers.findAny().isEmpty();
            } catch (IOException e) {
                return false;
            }
        })).as("queued markers left; log:\n" + log()).isTrue();
        try (WriterLock idle = WriterLock.acquire(db, RUN_WAIT)) {
            assertThat(idle).isNotNull();
        }
        // a run prints its log line just after it lets go of the lock
        Thread.sleep(500);
    }

    /** Commits of the ready snapshots, oldest first. */
    private List<String> readySnapshots() {
        if (!Files.exists(db)) {
            return List.of();
        }
        try (Connection c = SqliteSettings.reader(db).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT commit_sha FROM snapshots WHERE status = 'ready' ORDER BY version")) {
            List<String> commits = new ArrayList<>();
            while (rs.next()) {
                commits.add(rs.getString(1));
            }
            return commits;
        } catch (SQLException e) {
            return List.of(); // the first run may still be creating the schema
        }
    }

    private String log() throws IOException {
        Path log = HookScript.logFile(db);
        return Files.exists(log) ? Files.readString(log) : "(no hook log)";
    }

    /** Runs the packaged indexer and returns its stdout; fails on a non-zero exit. */
    private String memlayer(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
