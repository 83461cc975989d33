package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.pipeline.IndexRun;
import dev.memlayer.indexer.pipeline.IndexSettings;
import dev.memlayer.indexer.pipeline.IndexSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index runs after one-file commits, where the churn thread derives each set from the previous run's
 * ({@link BackgroundChurn}): every snapshot's set equals its commit's set computed alone.
 */
class DerivedChurnRunTest {

    @TempDir
    Path tmp;

    private ScriptedHistory history;
    private Path db;
    private final IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC());

    @BeforeEach
    void fixture() throws Exception {
        history = new ScriptedHistory(tmp.resolve("repo"));
        db = tmp.resolve("memlayer.db");
    }

    @AfterEach
    void close() {
        history.close();
    }

    @Test
    void runsAfterOneFileCommits_storeTheSetsTheCommitsHaveAlone() throws Exception {
        history.write("a.txt", "a0\n").write("b.txt", "b0\n").commit("alice", 0);
        history.write("a.txt", "a1\n").write("b.txt", "b1\n").commit("bob", 1);
        history.write("a.txt", "a2\n").write("b.txt", "b2\n").commit("alice", 2);
        run.run(history.repo.root(), db, false);
        String moved = "a file long enough\nto be recognised\nafter its move\n";
        String[][] steps = {{"c.txt", "c0"}, {"a.txt", "a3"}, {"c.txt", moved}, {"-c.txt", "d.txt"}, {"b.txt", "b3"}};
        for (int day = 3; day < 3 + steps.length; day++) {
            String[] step = steps[day - 3];
            if (step[0].startsWith("-")) {
                history.delete(step[0].substring(1)).write(step[1], moved); // a rename
            } else {
                history.write(step[0], step[1] + "\n");
            }
            history.commit(day % 2 == 0 ? "aaron" : "bob", day);

            IndexSummary s = run.run(history.repo.root(), db, false);

            long setId = ((Number) TestDb.column(db, "SELECT churn_set_id FROM snapshots WHERE version = ?",
                    s.version()).get(0)).longValue();
            try (ChurnDb alone = history.database(tmp.resolve("alone-" + day + ".db"))) {
                long aloneId = alone.ensure(alone.repository.parseCommit(alone.repository.resolve(s.commit())))
                        .churnSetId();
                assertThat(rows(db, setId)).isNotEmpty().isEqualTo(alone.churn(aloneId).toString());
                assertThat(pairs(db, setId)).isEqualTo(alone.cochange(aloneId).toString());
            }
        }
        // a set computed from scratch lists its authors sorted; a derived one appends a new author
        assertThat(TestDb.column(db, "SELECT count(*) FROM churn_sets WHERE author_names LIKE '%bob%aaron%'"))
                .isNotEqualTo(List.of(0L));
    }

    private static String rows(Path db, long setId) throws Exception {
        try (ChurnDb d = new ChurnDb(TestDb.open(db), null, null)) {
            return d.churn(setId).toString();
        }
    }

    private static String pairs(Path db, long setId) throws Exception {
        try (ChurnDb d = new ChurnDb(TestDb.open(db), null, null)) {
            return d.cochange(setId).toString();
        }
    }
}
