package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.config.StandaloneConfig;
import io.smallrye.config.SmallRyeConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memlayer index} started without Quarkus behaves as the Quarkus command does (IndexCommandTest). */
class StandaloneIndexTest {

    private static final String KEEP = "memlayer.keep-snapshots";
    private static final String CATEGORY_LEVEL = "quarkus.log.category.\"dev.memlayer.standalone.test\".level";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void clearProperties() {
        System.clearProperty(KEEP);
        System.clearProperty(CATEGORY_LEVEL);
    }

    private int run(String... args) {
        return StandaloneIndex.run(StandaloneConfig.load(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        stream.reset();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private TestRepo repo() throws Exception {
        TestRepo repo = TestRepo.git(tmp.resolve("proj"));
        repo.write("src/A.java", "class A { B b; }\n").write("src/B.java", "class B {}\n").write("README.md", "# proj\n");
        repo.commitAll("init");
        return repo;
    }

    @Test
    void json_printsOneObjectWithTheContractFields() throws Exception {
        Path db = tmp.resolve("db/m.db");
        try (TestRepo repo = repo()) {
            assertThat(run("index", repo.root().toString(), "--db", db.toString(), "--json")).isZero();
        }

        List<String> stdout = lines(out);
        assertThat(stdout).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(stdout.get(0));
        assertThat(json.fieldNames()).toIterable().containsExactly("project", "version", "commit", "branch", "dirty",
                "files", "changed", "reused", "removed", "skipped", "parsed", "edges", "bytes", "duration_ms", "db");
        assertThat(json.get("project").fieldNames()).toIterable().containsExactly("id", "name", "root");
        assertThat(json.get("files").asInt()).isEqualTo(3);
        assertThat(json.get("branch").asText()).isEqualTo("main");
        assertThat(json.get("db").asText()).isEqualTo(db.toString());
        assertThat(lines(err)).isEmpty();
    }

    @Test
    void afterAOneFileCommit_printsTheSummaryLineOfOneChangedFile() throws Exception {
        String db = tmp.resolve("m.db").toString();
        try (TestRepo repo = repo()) {
            assertThat(run("index", repo.root().toString(), "--db", db)).isZero();
            repo.write("src/B.java", "class B { void run() {} }\n").commitAll("B runs");
            lines(out);

            assertThat(run("index", repo.root().toString(), "--db", db)).isZero();
        }

        assertThat(lines(out)).singleElement().asString().matches("indexed proj: 3 files \\(1 changed, 2 reused,"
                + " 0 removed, 0 skipped; 1 parsed, \\d+ edges\\) in \\d+ ms -> snapshot v2 @ [0-9a-f]{7} \\(main\\)");
        assertThat(lines(err)).isEmpty();
    }

    @Test
    void settingsComeFromTheSameSourcesAsUnderQuarkus() throws Exception {
        System.setProperty(KEEP, "1");
        Path db = tmp.resolve("m.db");
        try (TestRepo repo = repo()) {
            for (int i = 0; i < 3; i++) {
                assertThat(run("index", repo.root().toString(), "--db", db.toString())).isZero();
            }
        }

        assertThat(TestDb.column(db, "SELECT version FROM snapshots WHERE status = 'ready'")).containsExactly(3);
    }

    @Test
    void unknownOption_exitsTwoWithOneLineNamingTheCommand() {
        assertThat(run("index", "--bogus")).isEqualTo(ExitCode.USAGE);

        assertThat(lines(err)).containsExactly(
                "memlayer: Unknown option: '--bogus' (see `memlayer index --help`)");
        assertThat(lines(out)).isEmpty();
    }

    @Test
    void missingDirectory_failsWithOneLineAndExitOne() {
        Path missing = tmp.resolve("nope");

        assertThat(run("index", missing.toString(), "--db", tmp.resolve("m.db").toString())).isEqualTo(ExitCode.FAILURE);

        assertThat(lines(err)).containsExactly("memlayer: not a directory: " + missing);
        assertThat(lines(out)).isEmpty();
    }

    /** What every git hook starts (the launcher sends it here): one log line, the marker cleared, exit 0. */
    @Test
    void hookRun_indexesClearsTheQueuedMarkerAndPrintsOneLogLine() throws Exception {
        Path db = tmp.resolve("m.db");
        Path marker = Files.createDirectories(tmp.resolve("queue")).resolve("post-commit.queued");
        Files.createFile(marker);
        try (TestRepo repo = repo()) {
            assertThat(run("hook", "run", repo.root().toString(), "--hook", "post-commit", "--queued", marker.toString(),
                    "--db", db.toString())).isZero();

            assertThat(lines(out)).singleElement().asString().matches("\\S+Z post-commit " + repo.root()
                    + ": indexed proj: 3 files \\(3 changed, 0 reused, .*-> snapshot v1 @ [0-9a-f]{7} \\(main\\)");
        }
        assertThat(marker).doesNotExist();
        assertThat(lines(err)).isEmpty();
        assertThat(TestDb.column(db, "SELECT count(*) FROM snapshots WHERE status = 'ready'")).containsExactly(1);
    }

    @Test
    void hookRun_thatFails_printsNotIndexedOnItsLogLineAndExitsOne() throws Exception {
        Path missing = tmp.resolve("gone");

        assertThat(run("hook", "run", missing.toString(), "--hook", "post-checkout", "--db", tmp.resolve("m.db").toString()))
                .isEqualTo(ExitCode.FAILURE);

        assertThat(lines(out)).singleElement().asString()
                .matches("\\S+Z post-checkout " + missing + ": not indexed: not a directory: " + missing);
        assertThat(lines(err)).isEmpty();
    }

    /** {@code StandaloneIndex.main} in a JVM of its own; stderr lands in {@code stderr.txt}. */
    private Process launch(String envName, String envValue, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandaloneIndex.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(tmp.resolve("stderr.txt").toFile());
        builder.environment().put(envName, envValue);
        Process p = builder.start();
        boolean exited = p.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly();
        }
        assertThat(exited).as("exited within two minutes").isTrue();
        return p;
    }

    /**
     * The real entry point in its own JVM: logging manager, warm-up thread and exit code together, and
     * the database from MEMLAYER_DB as under Quarkus.
     */
    @Test
    void main_inItsOwnProcess_indexesAndExitsZeroWithOnlyTheSummaryLine() throws Exception {
        Path db = tmp.resolve("env.db");
        try (TestRepo repo = repo()) {
            Process p = launch("MEMLAYER_DB", db.toString(), "index", repo.root().toString());

            assertThat(p.exitValue()).isZero();
            assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("indexed proj: 3 files (3 changed, 0 reused, 0 removed, 0 skipped;");
            assertThat(Files.readString(tmp.resolve("stderr.txt"))).isEmpty();
        }
        assertThat(TestDb.column(db, "SELECT count(*) FROM snapshots WHERE status = 'ready'")).containsExactly(1);
    }

    @Test
    void main_withAnUnreadableSetting_exitsOneWithOneLine() throws Exception {
        Process p = launch("MEMLAYER_BATCH_SIZE", "many", "index", tmp.toString(), "--db", tmp.resolve("m.db").toString());

        assertThat(p.exitValue()).isEqualTo(ExitCode.FAILURE);
        assertThat(Files.readAllLines(tmp.resolve("stderr.txt"))).singleElement().asString()
                .startsWith("memlayer: ").contains("memlayer.batch-size");
        assertThat(tmp.resolve("m.db")).doesNotExist();
    }

    @Test
    void logging_takesTheRootLevelAndCategoryLevelsFromQuarkusLogSettings() {
        System.setProperty(CATEGORY_LEVEL, "DEBUG");
        LogContext context = LogContext.create();

        StandaloneLogging.configure(StandaloneConfig.load(), context);

        assertThat(context.getLogger("").getLevel()).isEqualTo(org.jboss.logmanager.Level.WARN);
        assertThat(context.getLogger("org.eclipse.jgit").getLevel()).isEqualTo(org.jboss.logmanager.Level.ERROR);
        assertThat(context.getLogger("dev.memlayer.standalone.test").getLevel()).isEqualTo(org.jboss.logmanager.Level.DEBUG);
        assertThat(context.getLogger("").getHandlers()).hasSize(1);
    }
}
