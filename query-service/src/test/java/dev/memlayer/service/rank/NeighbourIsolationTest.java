package dev.memlayer.service.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.memlayer.model.api.Reason;
import dev.memlayer.model.api.Intent;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.LoadedViews;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.ReaderPool;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot ranks the same whatever else its database holds: the FTS5 tables are shared by every
 * project and snapshot, and their table-wide statistics must not leak into a project's ranking. The
 * same commit of one repository is ranked in a database of its own and in one that also holds another
 * project, written in the same words, and an older snapshot of the first (real indexer, real SQLite).
 */
class NeighbourIsolationTest {

    private static final String TASK = "Fix rounding of the monthly ledger totals in the report";
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @TempDir
    Path dir;

    private final IndexerProcess indexer = new IndexerProcess();
    private int day;

    @Test
    void ranking_isTheSame_withAnotherProjectAndOlderSnapshotsInTheDatabase() throws Exception {
        Path books = dir.resolve("books");
        Path shop = dir.resolve("shop");
        Path alone = dir.resolve("alone.db");
        Path shared = dir.resolve("shared.db");
        try (Git booksGit = init(books); Git shopGit = init(shop)) {
            write(books, "src/ledger.py", "def total(rows):\n    return sum(rows)\n");
            write(books, "src/report.py", "from src.ledger import total\n\ndef monthly(rows):\n    return total(rows)\n");
            write(books, "src/mailer.py", "def send(to, report):\n    pass\n");
            write(books, "src/quota.py", "def quota(user):\n    return 10\n");
            commit(booksGit, "Initial ledger and report");
            indexer.index(books, shared); // an older snapshot of the same project
            write(books, "src/ledger.py", "def total(rows):\n    # rounding to cents\n    return round(sum(rows), 2)\n");
            commit(booksGit, "Fix rounding of ledger totals");
            write(books, "src/mailer.py", "def send(to, report):\n    retry(report)\n");
            commit(booksGit, "Retry the mailer when the monthly report times out");

            for (int i = 0; i < 12; i++) { // a neighbour that uses the task's words everywhere
                write(shop, "shop/ledger_" + i + ".py", "def ledger_total_" + i + "(rows):\n"
                        + "    # monthly ledger totals, rounding\n    return round(sum(rows), " + i + ")\n");
                commit(shopGit, "Fix rounding of monthly ledger totals in report " + i);
            }
            indexer.index(shop, shared);
        }
        IndexResult inShared = indexer.index(books, shared);
        IndexResult inAlone = indexer.index(books, alone);

        List<RankedFile> own = rank(alone, inAlone);
        List<RankedFile> beside = rank(shared, inShared);

        assertThat(own).extracting(f -> f.file().path()).contains("src/ledger.py", "src/report.py");
        assertThat(beside).extracting(f -> f.file().path()).containsExactlyElementsOf(
                own.stream().map(f -> f.file().path()).toList());
        for (int i = 0; i < own.size(); i++) {
            assertThat(beside.get(i).score()).as(own.get(i).file().path()).isCloseTo(own.get(i).score(), within(1e-9));
            assertThat(beside.get(i).reasons()).extracting(Reason::signal)
                    .containsExactlyElementsOf(own.get(i).reasons().stream().map(Reason::signal).toList());
        }
        assertThat(own.stream().filter(f -> f.file().path().equals("src/ledger.py")).findFirst().orElseThrow().reasons())
                .extracting(Reason::signal).contains("lexical", "past_commit");
    }

    private static List<RankedFile> rank(Path db, IndexResult indexed) throws Exception {
        ReaderPool pool = LoadedViews.pool(db);
        try {
            SnapshotView view = LoadedViews.load(pool, indexed.projectId(), indexed.version());
            FusionRanker ranker = FusionRanker.standard(new LexicalSearch(pool), new PastCommitSearch(pool),
                new dev.memlayer.service.read.DeprecatedSymbols(pool));
            return ranker.rank(TaskParser.parse(TASK), view, Intent.BUGFIX, List.of()).ranked();
        } finally {
            LoadedViews.close(pool);
        }
    }

    private static Git init(Path root) throws Exception {
        Files.createDirectories(root);
        return Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    }

    private static void write(Path root, String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Commits everything, one day after the previous commit, so history order never depends on the clock. */
    private void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Test", "test@example.com", T0.plusSeconds(86_400L * day++), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
