package dev.memlayer.indexer.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.GitCli;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD's ids read around the pack index, and the index read ahead, against what JGit resolves. */
class HeadIdsTest {

    @TempDir
    Path tmp;

    @Test
    void headTree_ofALooseCommit_andOfAPackedOne_isJGitsHeadTree() throws Exception {
        GitCli git = GitCli.init(tmp.resolve("r"), tmp.resolve("gitconfig"), Map.of());
        git.write("a.txt", "a\n").commitAll("one");
        try (GitWorkTree tree = GitWorkTree.open(git.dir())) {
            Repository repo = tree.repository().orElseThrow();
            ObjectId head = repo.resolve("HEAD");
            assertThat(HeadIds.commit(repo)).isEqualTo(head);
            assertThat(HeadIds.looseCommitTree(repo, head)).isEqualTo(repo.resolve("HEAD^{tree}"));
            assertThat(tree.headCommit()).isEqualTo(head.name());
        }

        git.run("gc", "-q"); // HEAD's commit is packed now: the object database answers
        try (GitWorkTree tree = GitWorkTree.open(git.dir())) {
            Repository repo = tree.repository().orElseThrow();
            assertThat(HeadIds.looseCommitTree(repo, repo.resolve("HEAD"))).isNull();
            assertThat(HeadIds.tree(repo)).isEqualTo(repo.resolve("HEAD^{tree}"));
        }
    }

    @Test
    void beforeTheFirstCommit_thereAreNoIds() throws Exception {
        GitCli git = GitCli.init(tmp.resolve("r"), tmp.resolve("gitconfig"), Map.of());
        try (GitWorkTree tree = GitWorkTree.open(git.dir())) {
            Repository repo = tree.repository().orElseThrow();
            assertThat(HeadIds.commit(repo)).isNull();
            assertThat(HeadIds.tree(repo)).isNull();
            assertThat(tree.headCommit()).isNull();
        }
    }

    @Test
    void dirCache_readAhead_isReadAgainOnceTheIndexChanged() throws Exception {
        GitCli git = GitCli.init(tmp.resolve("r"), tmp.resolve("gitconfig"), Map.of());
        git.write("a.txt", "a\n").commitAll("one");
        try (GitWorkTree tree = GitWorkTree.open(git.dir())) {
            tree.readAhead();
            DirCache ahead = tree.dirCache();
            assertThat(ahead.getEntryCount()).isEqualTo(1);

            git.write("b.txt", "b\n").run("add", "b.txt");

            DirCache now = tree.dirCache();
            assertThat(now.getEntryCount()).isEqualTo(2);
            assertThat(now).isNotSameAs(ahead);
        }
    }
}
