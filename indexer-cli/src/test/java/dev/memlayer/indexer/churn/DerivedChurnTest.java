package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

/**
 * A set derived from the parent's set must equal the set computed from scratch: each scripted history
 * is indexed commit by commit into one database (deriving wherever it can), and every set is compared
 * with the set of the same commit computed alone in a fresh database (no parent set: from scratch).
 */
class DerivedChurnTest extends ChurnDbTestCase {

    private int fresh;

    /** Ensures the set of {@code commit} in the shared database and checks it against a fresh computation. */
    private ChurnOutcome ensureAndCompare(RevCommit commit) throws Exception {
        ChurnOutcome outcome = db.ensure(commit);
        try (ChurnDb scratch = history.database(tmp.resolve("scratch-" + fresh++ + ".db"))) {
            ChurnOutcome alone = scratch.ensure(commit);
            assertThat(alone.derived()).isFalse();
            long a = outcome.churnSetId();
            long b = alone.churnSetId();
            assertThat(db.churn(a)).as("churn of %s", commit.getShortMessage()).isEqualTo(scratch.churn(b));
            assertThat(db.cochange(a)).as("co-change of %s", commit.getShortMessage()).isEqualTo(scratch.cochange(b));
            assertThat(db.authorNames(a)).as("authors of %s", commit.getShortMessage())
                    .isEqualTo(scratch.authorNames(b));
            assertThat(outcome.commitsInWindow()).isEqualTo(alone.commitsInWindow());
            assertThat(outcome.files()).isEqualTo(alone.files());
            assertThat(outcome.pairs()).isEqualTo(alone.pairs());
        }
        return outcome;
    }

    /** Three files changed in pairs often enough to have co-change rows. */
    private RevCommit base() throws Exception {
        history.write("a.txt", "a0\n").write("b.txt", "b0\n").write("c.txt", "c0\n").commit("alice", 0);
        history.write("a.txt", "a1\n").write("b.txt", "b1\n").commit("bob", 1);
        return history.write("a.txt", "a2\n").write("b.txt", "b2\n").commit("alice", 2);
    }

    @Test
    void oneFileCommits_areDerived_andEqualTheSetFromScratch() throws Exception {
        ensureAndCompare(base());
        assertThat(ensureAndCompare(history.write("a.txt", "a3\n").commit("carol", 3)).derived()).isTrue();
        assertThat(ensureAndCompare(history.write("a.txt", "a4\n").commit("carol", 4)).derived()).isTrue();
        assertThat(ensureAndCompare(history.write("c.txt", "c1\n").commit("bob", 5)).derived()).isTrue();
        ChurnOutcome added = ensureAndCompare(history.write("d.txt", "d0\n").commit("dave", 6));
        assertThat(added.derived()).isTrue();
        assertThat(db.churn(added.churnSetId()).get("d.txt")).containsExactly(1L, 1L, ScriptedHistory.at(6), 1L);
        assertThat(db.churn(added.churnSetId()).get("a.txt").get(3)).isEqualTo(3L); // alice, bob, carol
    }

    @Test
    void renameAndDelete_ofFilesWithoutPairs_areDerived_ofFilesWithPairs_recomputed() throws Exception {
        ensureAndCompare(base());
        String text = "a file long enough\nto be recognised\nafter its move\n";
        ensureAndCompare(history.write("d.txt", text).commit("alice", 3));
        ChurnOutcome moved = ensureAndCompare(history.delete("d.txt").write("dir/e.txt", text).commit("bob", 4));
        assertThat(moved.derived()).isTrue();
        assertThat(db.churn(moved.churnSetId()).get("dir/e.txt").get(1)).isEqualTo(2L);
        assertThat(ensureAndCompare(history.delete("c.txt").commit("bob", 5)).derived()).isTrue();
        ChurnOutcome pairedMove = ensureAndCompare(history.delete("a.txt").write("z.txt", "a2\n").commit("carol", 6));
        assertThat(pairedMove.derived()).isFalse();
        assertThat(ensureAndCompare(history.delete("b.txt").commit("carol", 7)).derived()).isFalse();
        assertThat(ensureAndCompare(history.write("z.txt", "z\n").commit("carol", 8)).derived()).isTrue();
    }

    @Test
    void commitCountingPairs_isRecomputed_andTheNextOneDerivedAgain() throws Exception {
        ensureAndCompare(base());
        assertThat(ensureAndCompare(history.write("a.txt", "x\n").write("c.txt", "x\n").commit("bob", 3)).derived())
                .isFalse();
        assertThat(ensureAndCompare(history.write("c.txt", "y\n").commit("bob", 4)).derived()).isTrue();
    }

    @Test
    void mergeCommit_isRecomputed_andACommitOnTopOfIt_isDerived() throws Exception {
        ensureAndCompare(base());
        history.repo.git().branchCreate().setName("topic").call();
        ensureAndCompare(history.write("a.txt", "main\n").commit("alice", 3));
        history.repo.git().checkout().setName("topic").call();
        ChurnOutcome topic = ensureAndCompare(history.write("c.txt", "topic\n").commit("bob", 4));
        assertThat(topic.derived()).isTrue();
        history.repo.git().checkout().setName("main").call();
        history.repo.git().merge().include(history.repo.git().getRepository().resolve("topic")).setCommit(false).call();
        assertThat(ensureAndCompare(history.commit("alice", 5)).derived()).isFalse();
        assertThat(ensureAndCompare(history.write("c.txt", "after\n").commit("carol", 6)).derived()).isTrue();
    }

    @Test
    void amendedCommit_isDerivedFromItsParent_notFromTheCommitItReplaced() throws Exception {
        RevCommit parent = base();
        ensureAndCompare(parent);
        ensureAndCompare(history.write("a.txt", "first try\n").commit("alice", 3));
        RevCommit amended = history.write("c.txt", "second try\n").amend("alice", 3);

        ChurnOutcome outcome = ensureAndCompare(amended);

        assertThat(amended.getParent(0)).isEqualTo(parent);
        assertThat(outcome.derived()).isFalse(); // it touches a.txt and c.txt: a pair, recomputed
        RevCommit again = history.write("c.txt", "third\n").commit("alice", 4);
        assertThat(ensureAndCompare(again).derived()).isTrue();
    }

    @Test
    void amendedOneFileCommit_isDerived() throws Exception {
        ensureAndCompare(base());
        ensureAndCompare(history.write("a.txt", "first try\n").commit("alice", 3));
        RevCommit amended = history.write("a.txt", "second try\n").amend("bob", 3);

        ChurnOutcome outcome = ensureAndCompare(amended);

        assertThat(outcome.derived()).isTrue();
        assertThat(db.authorNames(outcome.churnSetId()).get("a.txt")).containsExactly("alice@example.com",
                "bob@example.com");
    }

    @Test
    void commitsCrossingThe90DayBound_areRecomputed_otherwiseDerived() throws Exception {
        ensureAndCompare(base()); // days 0, 1, 2
        ensureAndCompare(history.write("c.txt", "c\n").commit("bob", 50));
        // each of these moves the 90-day bound past one older commit
        assertThat(ensureAndCompare(history.write("a.txt", "p\n").commit("bob", 91)).derived()).isFalse();
        assertThat(ensureAndCompare(history.write("a.txt", "q\n").commit("bob", 92)).derived()).isFalse();
        assertThat(ensureAndCompare(history.write("a.txt", "r\n").commit("bob", 93)).derived()).isFalse();
        // the bound moves from day 3 to day 40: nothing there
        assertThat(ensureAndCompare(history.write("a.txt", "s\n").commit("carol", 130)).derived()).isTrue();
        assertThat(ensureAndCompare(history.write("a.txt", "t\n").commit("carol", 141)).derived()).isFalse();
    }

    @Test
    void commitsAgingOutOfTheWindow_areRecomputed() throws Exception {
        ensureAndCompare(base()); // days 0, 1, 2
        ensureAndCompare(history.write("c.txt", "c\n").commit("bob", 1_093));
        assertThat(ensureAndCompare(history.write("c.txt", "d\n").commit("bob", 1_094)).derived()).isTrue();
        ChurnOutcome aged = ensureAndCompare(history.write("c.txt", "e\n").commit("bob", 1_096)); // day 0 ages out
        assertThat(aged.derived()).isFalse();
        assertThat(aged.commitsInWindow()).isEqualTo(5);
    }

    @Test
    void commitOlderThanItsParent_isRecomputed() throws Exception {
        ensureAndCompare(base());
        ensureAndCompare(history.write("a.txt", "late\n").commit("alice", 10));
        assertThat(ensureAndCompare(history.write("c.txt", "skewed\n").commit("bob", 9)).derived()).isFalse();
    }

    @Test
    void oldRevision_whoseParentsSetIsStored_isDerived_withoutLaterHistory() throws Exception {
        RevCommit parent = base();
        RevCommit old = history.write("c.txt", "old\n").commit("carol", 3);
        RevCommit later = history.write("c.txt", "later\n").commit("dave", 4);
        ensureAndCompare(later);
        ensureAndCompare(parent);

        ChurnOutcome outcome = ensureAndCompare(old);

        assertThat(outcome.derived()).isTrue();
        assertThat(db.authorNames(outcome.churnSetId()).get("c.txt")).containsExactly("alice@example.com",
                "carol@example.com");
    }

    @Test
    void parentSetStoredBeforeAuthorIds_isNotDerivedFrom() throws Exception {
        ensureAndCompare(base());
        db.c.createStatement().executeUpdate("UPDATE churn_sets SET author_names = NULL"); // as schema V6 left it

        assertThat(ensureAndCompare(history.write("a.txt", "a3\n").commit("carol", 3)).derived()).isFalse();
        assertThat(ensureAndCompare(history.write("a.txt", "a4\n").commit("carol", 4)).derived()).isTrue();
    }
}
