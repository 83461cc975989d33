package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The past-commit signal over a scripted repository indexed by the real indexer: commit messages
 * point at the files they changed, and a snapshot learns only from commits its own commit reaches.
 */
class PastCommitSignalTest {

    private static final String TASK = "Rounding of totals is wrong in the monthly ledger report";
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path dir;

    private Git git;
    private Path root;
    private Path db;
    private ReaderPool pool;
    private final IndexerProcess indexer = new IndexerProcess();
    private int day;

    @BeforeEach
    void repo() throws Exception {
        root = dir.resolve("books");
        Files.createDirectories(root);
        git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        db = dir.resolve("m.db");
        write("src/ledger.py", "def total(rows):\n    return sum(rows)\n");
        write("src/mailer.py", "def send(to):\n    pass\n");
        write("src/quota.py", "def quota(user):\n    return 10\n");
        write("src/report.py", "def monthly():\n    pass\n");
        commit("Initial layout");
        write("src/ledger.py", "def total(rows):\n    return round(sum(rows), 2)\n");
        commit("Fix rounding of ledger totals");
        write("src/mailer.py", "def send(to):\n    retry()\n");
        commit("Retry the mailer on a timeout");
    }

    @AfterEach
    void close() {
        if (pool != null) {
            LoadedViews.close(pool);
        }
        git.close();
    }

    @Test
    void similarPastCommit_ranksTheFileItChanged_withTheCommitAsEvidence() throws Exception {
        IndexResult first = indexer.index(root, db);

        List<SignalHit> hits = score(first, TASK);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).file().path()).isEqualTo("src/ledger.py");
        assertThat(hits.get(0).evidence()).startsWith("similar past commit: ")
                .endsWith(" Fix rounding of ledger totals");
        assertThat(paths(hits)).doesNotContain("src/mailer.py");
    }

    @Test
    void laterCommit_isNeverUsedByAnEarlierSnapshot_butIsByItsOwn() throws Exception {
        IndexResult before = indexer.index(root, db);
        write("src/quota.py", "def quota(user):\n    return round(10.0, 2)\n");
        commit("Fix rounding of quota totals in the monthly report");
        IndexResult after = indexer.index(root, db);

        // the quota file exists in both snapshots; only the snapshot whose commit reaches the commit may use it
        assertThat(paths(score(before, TASK))).doesNotContain("src/quota.py").contains("src/ledger.py");
        assertThat(paths(score(after, TASK))).contains("src/quota.py", "src/ledger.py");
    }

    @Test
    void commitOnAnotherBranch_isNotUsed_evenWhenOlderThanTheSnapshot() throws Exception {
        git.checkout().setCreateBranch(true).setName("side").call();
        write("src/quota.py", "def quota(user):\n    return round(10.0, 2)\n");
        commit("Fix rounding of quota totals in the monthly report");
        IndexResult side = indexer.index(root, db);
        git.checkout().setName("main").call();
        write("src/report.py", "def monthly():\n    return 1\n");
        commit("Report header");
        IndexResult main = indexer.index(root, db);

        assertThat(paths(score(side, TASK))).contains("src/quota.py");
        assertThat(paths(score(main, TASK))).doesNotContain("src/quota.py").contains("src/ledger.py");
    }

    @Test
    void renamedFile_getsTheScoreOfItsPastCommits_underItsNewPath() throws Exception {
        Files.move(root.resolve("src/ledger.py"), root.resolve("src/books.py"));
        commit("Move the ledger module");
        IndexResult renamed = indexer.index(root, db);

        List<SignalHit> hits = score(renamed, TASK);

        assertThat(hits.get(0).file().path()).isEqualTo("src/books.py");
        assertThat(hits.get(0).evidence()).endsWith("Fix rounding of ledger totals");
        assertThat(paths(hits)).doesNotContain("src/ledger.py");
    }

    private List<SignalHit> score(IndexResult indexed, String task) throws Exception {
        if (pool == null) {
            pool = LoadedViews.pool(db);
        }
        SnapshotView view = LoadedViews.load(pool, indexed.projectId(), indexed.version());
        List<SignalHit> hits = new java.util.ArrayList<>(
                new PastCommitSignal(new PastCommitSearch(pool)).score(TaskParser.parse(task), view));
        hits.sort(Comparator.comparingDouble(SignalHit::score).reversed());
        return hits;
    }

    private static List<String> paths(List<SignalHit> hits) {
        return hits.stream().map(h -> h.file().path()).toList();
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Commits everything, one day after the previous commit, so history order never depends on the clock. */
    private void commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Test", "test@example.com", T0.plusSeconds(86_400L * day++),
                java.time.ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
