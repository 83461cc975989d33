package dev.memlayer.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation harness ({@code scripts/eval}) and the held-out task miner
 * ({@code bench/heldout/mine.py}) as a user runs them: real git repositories (one normal, one bare
 * clone), the packaged indexer and service, a tasks file in the dev set's format. The harness must
 * index each task's parent, rank the files, and write a report and one ranks line per task that can
 * be scored independently; the miner must keep a fix commit and drop what the dev set's recipe drops.
 */
class EvalScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");
    private static final int FILLER_FILES = 34;

    @TempDir
    Path tmp;

    @Test
    void eval_tasksOnNormalAndBareRepositories_ranksTheChangedFileFirstAndWritesReportAndRanks() throws Exception {
        assumeThat(python3()).as("python3 on PATH").isTrue();
        Scratch scratch = scratch();
        Path out = tmp.resolve("out");

        Run run = run(scratch.evalCommand(out));

        assertThat(run.exit()).as(run.output()).isZero();
        String report = assertReportAndRanks(out, scratch);
        assertThat(out.resolve("eval.db")).exists();
        // no BM25 cells for tasks that are not the dev set's: they would compare different tasks
        assertThat(report.lines().filter(l -> l.startsWith("| **all**")).findFirst().orElseThrow()).endsWith("|  |  |  |");
    }

    @Test
    void eval_dbPerRepo_indexesEachRepositoryIntoItsOwnDatabase_andReportsThemTogether() throws Exception {
        assumeThat(python3()).as("python3 on PATH").isTrue();
        Scratch scratch = scratch("mirror/billing"); // the same name under another owner
        Path out = tmp.resolve("out-per-repo");
        List<String> command = new ArrayList<>(scratch.evalCommand(out));
        command.add("--db-per-repo");

        Run run = run(command);

        assertThat(run.exit()).as(run.output()).isZero();
        assertReportAndRanks(out, scratch);
        assertThat(out.resolve("scratch+billing/eval.db")).exists();
        assertThat(out.resolve("mirror+billing/eval.db")).exists();
        assertThat(out.resolve("eval.db")).doesNotExist();
    }

    @Test
    void eval_reuseIndexWithoutAnEarlierDatabase_failsWithOneLineSayingWhatItNeeds() throws Exception {
        assumeThat(python3()).as("python3 on PATH").isTrue();
        Scratch scratch = scratch();
        Path out = tmp.resolve("never-indexed");
        List<String> command = new ArrayList<>(scratch.evalCommand(out));
        command.add("--reuse-index");

        Run run = run(command);

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.stderr()).as(run.output())
                .contains("--reuse-index needs " + out.resolve("eval.db"), "--keep-db")
                .doesNotContain("Traceback");
    }

    /** A normal repository and its bare clone (named {@code bareName}), two tasks each (a Java fix, a Python change). */
    private record Scratch(Path root, Path bare, String bareName, List<String> tasks, Path tasksFile) {

        List<String> evalCommand(Path out) throws IOException {
            return List.of("python3", script("scripts/eval"), "--tasks", tasksFile.toString(),
                    "--repo", "scratch/billing=" + root, "--repo", bareName + "=" + bare,
                    "--large", bareName, "--out", out.toString(),
                    "--port", String.valueOf(Apps.freePort()));
        }
    }

    private Scratch scratch() throws Exception {
        return scratch("scratch/billing-bare");
    }

    private Scratch scratch(String bareName) throws Exception {
        Path root = tmp.resolve("billing");
        List<String> tasks = new ArrayList<>();
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            writeFiller(root);
            write(root, "src/billing/DiscountRules.java", discountRules("return amount * rate;"));
            write(root, "py/billing/ledger_export.py", ledgerExport("rows"));
            RevCommit base = commit(git, "initial import of the billing code");
            write(root, "src/billing/DiscountRules.java", discountRules("return Math.round(amount * rate);"));
            RevCommit fix = commit(git, "Fix rounding in computeDiscountRate for negative amounts");
            write(root, "py/billing/ledger_export.py", ledgerExport("sorted(rows)"));
            RevCommit export = commit(git, "export_ledger_rows: sort the rows before writing the csv");
            tasks.add(task("scratch/billing", fix, base, "src/billing/DiscountRules.java"));
            tasks.add(task("scratch/billing", export, fix, "py/billing/ledger_export.py"));
        }
        Path bare = tmp.resolve("billing-bare.git");
        Git.cloneRepository().setURI(root.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        for (String t : List.copyOf(tasks)) {
            tasks.add(t.replace("scratch/billing", bareName));
        }
        Path tasksFile = Files.writeString(tmp.resolve("tasks.jsonl"), String.join("\n", tasks) + "\n");
        return new Scratch(root, bare, bareName, tasks, tasksFile);
    }

    /** The report's rows and one ranks line per task, the changed file first; returns the report. */
    private static String assertReportAndRanks(Path out, Scratch scratch) throws IOException {
        List<String> tasks = scratch.tasks();
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("| scratch/billing | 2 |", "| " + scratch.bareName() + " | 2 |",
                "| **large** | 2 |", "| **all** | 4 |");
        List<JsonNode> ranks = lines(out.resolve("ranks.jsonl"));
        assertThat(ranks).hasSize(4);
        for (int i = 0; i < ranks.size(); i++) {
            JsonNode line = ranks.get(i);
            String gold = JSON.readTree(tasks.get(i)).get("gold").get(0).asText();
            assertThat(line.get("id").asText()).isEqualTo(JSON.readTree(tasks.get(i)).get("id").asText());
            assertThat(line.get("ranked")).as("at least 20 ranked paths").hasSizeGreaterThanOrEqualTo(20);
            assertThat(line.get("ranked").get(0).asText()).as(line.toString()).isEqualTo(gold);
            assertThat(line.get("payload").toString()).contains(gold);
            assertThat(line.get("tokens").asInt()).isPositive().isLessThanOrEqualTo(8000);
        }
        return report;
    }

    @Test
    void mine_historyWithFixesReleasesDocsAndTestOnlyCommits_keepsTheSourceFixWithItsTestAsInformation()
            throws Exception {
        assumeThat(python3()).as("python3 on PATH").isTrue();
        Path root = tmp.resolve("lib");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            writeFiller(root);
            write(root, "src/billing/DiscountRules.java", discountRules("return amount * rate;"));
            commit(git, "initial import of the billing code");
            write(root, "CHANGES.md", "1.1\n");
            write(root, "src/billing/Filler0.java", "class Filler0 { int version = 2; }\n");
            commit(git, "Bump version to 1.1 for the release");
            write(root, "src/billing/Filler1.java", "class Filler1 { /* documented */ }\n");
            commit(git, "docs: explain the filler classes in more detail");
            write(root, "src/test/java/billing/DiscountRulesTest.java", "class DiscountRulesTest {}\n");
            commit(git, "Add a test for the discount rules of the billing code");
            write(root, "src/billing/DiscountRules.java", discountRules("return Math.round(amount * rate);"));
            write(root, "src/test/java/billing/DiscountRulesTest.java", "class DiscountRulesTest { void rounds() {} }\n");
            commit(git, "Fix rounding in computeDiscountRate for negative amounts");
        }

        Run run = run(List.of("python3", script("bench/heldout/mine.py"), "--repo", "scratch/lib=" + root.resolve(".git"),
                "--per-repo", "4"));

        assertThat(run.exit()).as(run.output()).isZero();
        List<JsonNode> mined = run.stdout().lines().map(EvalScriptTest::parse).toList();
        assertThat(mined).as(run.output()).hasSize(1);
        JsonNode task = mined.get(0);
        assertThat(task.get("query").asText()).isEqualTo("Fix rounding in computeDiscountRate for negative amounts");
        assertThat(task.get("gold").toString()).isEqualTo("[\"src/billing/DiscountRules.java\"]");
        assertThat(task.get("gold_tests").toString()).isEqualTo("[\"src/test/java/billing/DiscountRulesTest.java\"]");
        assertThat(task.get("bug_like").asBoolean()).isTrue();
    }

    private static String discountRules(String body) {
        return "package billing;\n\n/** Discounts of a customer's invoice. */\npublic class DiscountRules {\n"
                + "    public double computeDiscountRate(double amount, double rate) {\n        " + body + "\n    }\n}\n";
    }

    private static String ledgerExport(String rows) {
        return "import csv\n\n\ndef export_ledger_rows(rows, out):\n    \"\"\"Writes the ledger as csv.\"\"\"\n"
                + "    csv.writer(out).writerows(" + rows + ")\n";
    }

    /**
     * Classes that share the tasks' plain words (rounding, amounts, rows) but not their names: a crowd
     * of lexical candidates for the ranking to see past (and the miner's 30-file rule holds).
     */
    private static void writeFiller(Path root) throws IOException {
        for (int i = 0; i < FILLER_FILES; i++) {
            write(root, "src/billing/Filler" + i + ".java",
                    "package billing;\n\n/** Rounding step " + i + " for the amounts of shipping rows. */\nclass Filler" + i + " {\n"
                            + "    int parcelWeight" + i + "(int grams) {\n        return grams + " + i + ";\n    }\n}\n");
        }
    }

    private static String task(String repo, RevCommit commit, RevCommit parent, String gold) throws IOException {
        return JSON.writeValueAsString(Map.of("id", repo + "@" + commit.getName().substring(0, 12), "repo", repo,
                "parent", parent.getName(), "commit", commit.getName(), "query", commit.getFullMessage().strip(),
                "gold", List.of(gold)));
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }

    private static String script(String path) {
        return Path.of("..").resolve(path).toAbsolutePath().normalize().toString();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(EvalScriptTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int exit, String stdout, String stderr) {
        String output() {
            return stdout + "\n" + stderr;
        }
    }

    private Run run(List<String> command) throws Exception {
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + Files.readString(stderr));
        }
        return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
