package dev.memlayer.indexer.churn;

import static dev.memlayer.indexer.churn.ScriptedHistory.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

class ChurnServiceTest extends ChurnDbTestCase {

    /** a.txt by alice, bob, alice, carol; b.txt by alice, bob; c.txt by alice, carol. Tip at day 200. */
    private RevCommit[] fourCommits() throws Exception {
        RevCommit c1 = history.write("a.txt", "a1").write("b.txt", "b1").write("c.txt", "c1").commit("alice", 0);
        RevCommit c2 = history.write("a.txt", "a2").write("b.txt", "b2").commit("bob", 100);
        RevCommit c3 = history.write("a.txt", "a3").commit("alice", 150);
        RevCommit c4 = history.write("a.txt", "a4").write("c.txt", "c2").commit("carol", 200);
        return new RevCommit[] {c1, c2, c3, c4};
    }

    @Test
    void churn_scriptedHistory_countsTotalRecentWindowRelativeToCommitAuthorsAndLastChange() throws Exception {
        RevCommit[] c = fourCommits();

        ChurnOutcome outcome = db.ensure(c[3]);

        // the 90-day window ends at the tip's time (day 200): days 150 and 200 are in, day 100 is not
        assertThat(db.churn(outcome.churnSetId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a.txt", List.of(2L, 4L, at(200), 3L),
                "b.txt", List.of(0L, 2L, at(100), 2L),
                "c.txt", List.of(1L, 2L, at(200), 2L)));
        assertThat(db.count("SELECT commit_count FROM churn_sets")).isEqualTo(4);
    }

    @Test
    void cochange_pairsSeenTwiceAreKept_pairsSeenOnceAreDropped() throws Exception {
        RevCommit[] c = fourCommits();

        ChurnOutcome outcome = db.ensure(c[3]);

        assertThat(db.cochange(outcome.churnSetId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a.txt|b.txt", 2L,
                "a.txt|c.txt", 2L));
    }

    @Test
    void cochange_commitsTouchingMoreThan30Files_areIgnored_butStillCountAsChurn() throws Exception {
        for (int i = 0; i < 29; i++) {
            history.write("bulk/f" + i + ".txt", "v1");
        }
        history.write("x.txt", "x1").write("y.txt", "y1").commit("alice", 0); // 31 files: not a pair
        history.write("x.txt", "x2").write("y.txt", "y2").commit("alice", 1);
        for (int i = 0; i < 29; i++) {
            history.write("bulk/f" + i + ".txt", "v2");
        }
        history.write("x.txt", "x3").write("y.txt", "y3").commit("bob", 2); // 31 files: not a pair
        RevCommit tip = history.write("x.txt", "x4").write("y.txt", "y4").commit("bob", 3);

        ChurnOutcome outcome = db.ensure(tip);

        assertThat(db.cochange(outcome.churnSetId())).containsExactlyEntriesOf(Map.of("x.txt|y.txt", 2L));
        assertThat(db.churn(outcome.churnSetId()).get("x.txt").get(1)).isEqualTo(4L);
    }

    @Test
    void rename_newPathKeepsTheHistoryOfItsOldPath() throws Exception {
        history.write("old/Foo.java", "class Foo {}\n").commit("alice", 0);
        history.write("old/Foo.java", "class Foo { int x; }\n").commit("bob", 10);
        RevCommit move = history.delete("old/Foo.java").write("new/Foo.java", "class Foo { int x; }\n")
                .commit("carol", 20);
        RevCommit tip = history.write("new/Foo.java", "class Foo { int x, y; }\n").commit("carol", 30);

        ChurnOutcome outcome = db.ensure(tip);

        assertThat(db.storedFiles(move)).containsExactly("new/Foo.java R old/Foo.java");
        assertThat(db.churn(outcome.churnSetId())).containsOnlyKeys("new/Foo.java");
        assertThat(db.churn(outcome.churnSetId()).get("new/Foo.java")).containsExactly(4L, 4L, at(30), 3L);
    }

    @Test
    void sweep_commitTouchingMoreThan300Files_countsTowardNothing_butItsRenamesAreFollowed() throws Exception {
        for (int i = 0; i < 300; i++) {
            history.write("src/f" + i + ".txt", "file " + i + " v1\n");
        }
        history.write("Old.java", "class Old { /* long enough to be similar */ }\n").commit("alice", 0); // a sweep too
        history.write("Old.java", "class Old { /* long enough to be similar! */ }\n").commit("bob", 1);
        for (int i = 0; i < 300; i++) {
            history.write("src/f" + i + ".txt", "file " + i + " v2\n");
        }
        RevCommit sweep = history.delete("Old.java")
                .write("New.java", "class Old { /* long enough to be similar! */ }\n").commit("carol", 2);

        Map<String, List<Long>> churn = db.churn(db.ensure(sweep).churnSetId());

        assertThat(db.storedFiles(sweep)).contains("New.java R Old.java").hasSize(301);
        assertThat(churn).containsOnlyKeys("New.java"); // only bob's commit to Old.java counts
        assertThat(churn.get("New.java")).containsExactly(1L, 1L, at(1), 1L);
    }

    @Test
    void move_ofMoreThanAThousandFiles_keepsEveryMovedFilesHistory() throws Exception {
        for (int i = 0; i < 1_001; i++) {
            history.write("old/f" + i + ".txt", "file " + i + "\n");
        }
        history.commit("alice", 0);
        for (int i = 0; i < 1_001; i++) {
            history.delete("old/f" + i + ".txt").write("new/f" + i + ".txt", "file " + i + "\n");
        }
        RevCommit move = history.commit("bob", 1);

        db.ensure(move);

        assertThat(db.storedFiles(move)).hasSize(1_001)
                .contains("new/f0.txt R old/f0.txt", "new/f1000.txt R old/f1000.txt").allMatch(f -> f.contains(" R "));
    }

    @Test
    void rename_aNewFileReusingTheOldPath_doesNotInheritTheMovedFilesHistory() throws Exception {
        history.write("a.txt", "first file\nwith some lines\n").commit("alice", 0);
        history.delete("a.txt").write("b.txt", "first file\nwith some lines\n").commit("alice", 1);
        RevCommit tip = history.write("a.txt", "a brand new file\n").commit("bob", 2);

        Map<String, List<Long>> churn = db.churn(db.ensure(tip).churnSetId());

        assertThat(churn.get("a.txt").get(1)).isEqualTo(1L);
        assertThat(churn.get("b.txt").get(1)).isEqualTo(2L);
    }

    @Test
    void oldRevision_afterNewerHistoryWasStored_equalsAFreshDatabaseAtThatRevision() throws Exception {
        RevCommit[] c = fourCommits();
        db.ensure(c[3]); // the store now holds commits after c2

        ChurnOutcome old = db.ensure(c[1]);

        try (ChurnDb fresh = history.database(tmp.resolve("fresh.db"))) {
            ChurnOutcome alone = fresh.ensure(c[1]);
            assertThat(db.churn(old.churnSetId())).isEqualTo(fresh.churn(alone.churnSetId()));
            assertThat(db.cochange(old.churnSetId())).isEqualTo(fresh.cochange(alone.churnSetId()));
        }
        assertThat(old.commitsDiffed()).isZero();
        assertThat(db.churn(old.churnSetId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a.txt", List.of(1L, 2L, at(100), 2L),
                "b.txt", List.of(1L, 2L, at(100), 2L),
                "c.txt", List.of(0L, 1L, at(0), 1L)));
    }

    @Test
    void sameCommitTwice_returnsTheSameChurnSet() throws Exception {
        RevCommit[] c = fourCommits();

        long first = new ChurnService(java.time.Clock.systemUTC())
                .ensureChurnSet(db.c, db.repository, db.projectId, c[3]);
        ChurnOutcome second = db.ensure(c[3]);

        assertThat(second.churnSetId()).isEqualTo(first);
        assertThat(second.reused()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM churn_sets")).isEqualTo(1);
    }

    @Test
    void mergeCommit_isStoredAgainstItsFirstParent_butNotCounted() throws Exception {
        history.write("a.txt", "a1").write("b.txt", "b1").commit("alice", 0);
        history.repo.git().branchCreate().setName("topic").call();
        RevCommit mainSide = history.write("a.txt", "a2").commit("alice", 1);
        history.repo.git().checkout().setName("topic").call();
        history.write("b.txt", "b2").commit("bob", 2);
        history.repo.git().checkout().setName("main").call();
        history.repo.git().merge().include(history.repo.git().getRepository().resolve("topic"))
                .setCommit(false).call();
        RevCommit merge = history.commit("alice", 3);

        ChurnOutcome outcome = db.ensure(merge);

        assertThat(merge.getParentCount()).isEqualTo(2);
        assertThat(merge.getParent(0)).isEqualTo(mainSide);
        assertThat(db.storedFiles(merge)).containsExactly("b.txt M");
        assertThat(db.churn(outcome.churnSetId()).get("b.txt").get(1)).isEqualTo(2L);
    }
}
