package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.WriterTurn;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;

class HistoryStoreTest extends ChurnDbTestCase {

    private int storeMissing(RevCommit tip) throws Exception {
        try (ObjectReader reader = db.repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            return new HistoryStore(db.c, new WriterTurn(), db.projectId).storeMissing(reader, walk, HistoryWalker.window(walk, tip).commits());
        }
    }

    @Test
    void storeMissing_secondCallOverTheSameHistory_diffsNothing() throws Exception {
        history.write("a.txt", "1").commit("alice", 0);
        RevCommit tip = history.write("a.txt", "2").write("b.txt", "1").commit("bob", 1);

        assertThat(storeMissing(tip)).isEqualTo(2);
        assertThat(storeMissing(tip)).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM commits")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM commit_files")).isEqualTo(3);
    }

    @Test
    void storeMissing_afterOneNewCommit_diffsExactlyThatCommit() throws Exception {
        history.write("a.txt", "1").commit("alice", 0);
        RevCommit before = history.write("a.txt", "2").commit("bob", 1);
        db.ensure(before);

        RevCommit after = history.write("b.txt", "1").commit("bob", 2);
        ChurnOutcome outcome = db.ensure(after);

        assertThat(outcome.commitsDiffed()).isEqualTo(1);
        assertThat(outcome.reused()).isFalse();
        assertThat(db.storedFiles(after)).containsExactly("b.txt A");
    }

    @Test
    void storeMissing_rootCommit_listsEveryFileAsAdded_andRecordsAuthorAndTime() throws Exception {
        RevCommit root = history.write("a.txt", "1").write("dir/b.txt", "2").commit("Alice", 5);

        storeMissing(root);

        assertThat(db.storedFiles(root)).containsExactly("a.txt A", "dir/b.txt A");
        assertThat(db.count("SELECT committed_at FROM commits")).isEqualTo(ScriptedHistory.at(5));
        assertThat(db.count("SELECT file_count FROM commits")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM commits WHERE author = 'alice@example.com'")).isEqualTo(1);
    }

    @Test
    void storeMissing_deletion_isStoredUnderTheDeletedPath() throws Exception {
        history.write("a.txt", "1").write("b.txt", "2").commit("alice", 0);
        RevCommit tip = history.delete("b.txt").write("a.txt", "3").commit("alice", 1);

        storeMissing(tip);

        assertThat(db.storedFiles(tip)).containsExactly("a.txt M", "b.txt D");
    }

    @Test
    void window_stopsAtCommitsOlderThanThreeYearsBeforeTheTip() throws Exception {
        history.write("a.txt", "1").commit("alice", 0);
        history.write("a.txt", "2").commit("alice", 10);
        RevCommit tip = history.write("a.txt", "3").commit("alice", 3 * 365 + 5); // day 0 is out, day 10 in

        assertThat(storeMissing(tip)).isEqualTo(2);
        assertThat(db.churn(db.ensure(tip).churnSetId()).get("a.txt").get(1)).isEqualTo(2L);
    }

    @Test
    void storeMissing_renameWithEdits_pairsByContentOnlyFilesUpToTheLimit() throws Exception {
        String small = lines("small", 200);
        String big = lines("big", CommitDiffer.CONTENT_RENAME_MAX_BYTES / 40 + 1000); // ~40 bytes a line
        assertThat(big.length()).isGreaterThan(CommitDiffer.CONTENT_RENAME_MAX_BYTES);
        history.write("old/small.txt", small).write("old/big.txt", big).commit("alice", 0);
        RevCommit tip = history.delete("old/small.txt").delete("old/big.txt")
                .write("new/small.txt", small + "one more line\n").write("new/big.txt", big + "one more line\n")
                .commit("alice", 1);

        storeMissing(tip);

        // an edited move of a file above the limit (a vendored bundle) is a delete and an add
        assertThat(db.storedFiles(tip))
                .containsExactly("new/big.txt A", "new/small.txt R old/small.txt", "old/big.txt D");
    }

    @Test
    void storeMissing_binaryFiles_pairByContentOnlyWhenUnchanged() throws Exception {
        String image = "\u0000PNG" + lines("pixels", 100);
        String icon = "\u0000ICO" + lines("icon", 100);
        history.write("old/image.png", image).write("old/icon.ico", icon).commit("alice", 0);
        RevCommit tip = history.delete("old/image.png").delete("old/icon.ico")
                .write("new/image.png", image + "one more line\n").write("new/icon.ico", icon)
                .commit("alice", 1);

        storeMissing(tip);

        // an edited binary is not hashed for similarity; a moved one keeps its history by blob id
        assertThat(db.storedFiles(tip))
                .containsExactly("new/icon.ico R old/icon.ico", "new/image.png A", "old/image.png D");
    }

    @Test
    void storeMissing_editedMovesOfManyFiles_pairEachFileWithItsOwnContent() throws Exception {
        String alpha = lines("alpha", 60);
        String beta = lines("beta", 60);
        String gamma = lines("gamma", 60);
        history.write("src/a/Alpha.java", "package a;\n" + alpha).write("src/a/Beta.java", "package a;\n" + beta)
                .write("src/a/Gamma.java", "package a;\n" + gamma).write("src/a/Gone.java", lines("gone", 40))
                .commit("alice", 0);
        // a package move edits every file's first line, so none is an exact rename
        RevCommit tip = history.delete("src/a/Alpha.java").delete("src/a/Beta.java").delete("src/a/Gamma.java")
                .delete("src/a/Gone.java")
                .write("src/b/Alpha.java", "package b;\n" + alpha).write("src/b/Beta.java", "package b;\n" + beta)
                .write("src/b/Gamma.java", "package b;\n" + gamma).write("src/b/New.java", lines("fresh", 40))
                .commit("alice", 1);

        storeMissing(tip);

        assertThat(db.storedFiles(tip)).containsExactly(
                "src/a/Gone.java D",
                "src/b/Alpha.java R src/a/Alpha.java",
                "src/b/Beta.java R src/a/Beta.java",
                "src/b/Gamma.java R src/a/Gamma.java",
                "src/b/New.java A");
    }

    @Test
    void storeMissing_oneFileMovedToTwoEqualCopies_renamesToTheFirstInPathOrder_andAddsTheOther() throws Exception {
        String body = lines("shared", 80);
        history.write("lib/util/Strings.java", body).write("lib/other.txt", "x").commit("alice", 0);
        RevCommit tip = history.delete("lib/util/Strings.java").delete("lib/other.txt")
                .write("lib/text/Strings.java", body + "one more line\n")
                .write("docs/copy/Strings.java", body + "one more line\n")
                .write("lib/text/other-notes.txt", "y")
                .commit("alice", 1);

        storeMissing(tip);

        // equal scores (content decides 99 %, and both paths round to the same score): the earlier path
        // takes the rename; the other is a copy of a file already renamed, stored as an add
        assertThat(db.storedFiles(tip)).containsExactly(
                "docs/copy/Strings.java R lib/util/Strings.java",
                "lib/other.txt D",
                "lib/text/Strings.java A",
                "lib/text/other-notes.txt A");
    }

    private static String lines(String word, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(word).append(" line number ").append(i).append(" of the file text\n");
        }
        return sb.toString();
    }
}
