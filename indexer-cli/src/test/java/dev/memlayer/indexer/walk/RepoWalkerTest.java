package dev.memlayer.indexer.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoWalkerTest {

    @TempDir
    Path tmp;

    private final RepoWalker walker = new RepoWalker(new SkipRules(1024 * 1024));

    @Test
    void walk_honoursNestedGitignoreAndInfoExclude() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write(".gitignore", "*.log\n")
                    .write("a/.gitignore", "local/\n!keep.log\n")
                    .write("a/keep.log", "k\n").write("a/drop.log", "d\n")
                    .write("a/local/x.txt", "x\n").write("a/b.txt", "b\n")
                    .write("excluded.txt", "e\n").write("c.txt", "c\n");
            Files.createDirectories(repo.root().resolve(".git/info"));
            Files.writeString(repo.root().resolve(".git/info/exclude"), "excluded.txt\n");
            repo.commitAll("c");

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path)
                    .containsExactly(".gitignore", "a/.gitignore", "a/b.txt", "a/keep.log", "c.txt");
            assertThat(result.dirty()).isFalse();
        }
    }

    @Test
    void walk_trackedFilesInIgnoredDirectory_areListedButUntrackedOnesThereAreNot() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("gen/tracked.txt", "t\n").write("gen/deep/tracked.txt", "t\n").write("src/a.txt", "a\n");
            repo.commitAll("c");
            // ignored after the fact: the tracked files stay tracked (git add -f has the same effect)
            repo.write(".gitignore", "gen/\nout*/\n");
            repo.commitAll("ignore");
            repo.write("gen/new.txt", "untracked in an ignored directory\n")
                    .write("gen/deep/new.txt", "untracked, two levels down\n")
                    .write("outdir/x.txt", "untracked ignored directory\n")
                    .write("src/more/b.txt", "untracked directory, not ignored\n");

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path).containsExactly(".gitignore",
                    "gen/deep/tracked.txt", "gen/tracked.txt", "src/a.txt", "src/more/b.txt");
            assertThat(result.dirty()).isTrue(); // src/more/b.txt is untracked and not ignored
        }
    }

    @Test
    void walk_onlyIgnoredUntrackedFiles_isClean() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("gen/tracked.txt", "t\n").write("a.txt", "a\n");
            repo.commitAll("c");
            repo.write(".gitignore", "gen/\n");
            repo.commitAll("ignore");
            repo.write("gen/new.txt", "n\n").write("gen/sub/new.txt", "n\n");

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path)
                    .containsExactly(".gitignore", "a.txt", "gen/tracked.txt");
            assertThat(result.dirty()).isFalse();
        }
    }

    @Test
    void walk_trackedFileDeletedFromWorkingTree_isDirty() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n").write("b.txt", "b\n");
            repo.commitAll("c");
            repo.delete("b.txt");

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path).containsExactly("a.txt");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void walk_repositoryWithoutCommits_listsFilesAndIsDirty() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n");

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path).containsExactly("a.txt");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void walk_symlink_isSkippedNotFollowed() throws Exception {
        TestRepo repo = TestRepo.plain(tmp.resolve("p")).write("a.txt", "a\n");
        Files.createSymbolicLink(repo.root().resolve("link"), tmp);

        WalkResult result = walker.walk(repo.root(), Optional.empty());

        assertThat(result.files()).extracting(WalkedFile::path).containsExactly("a.txt");
        assertThat(result.skipped()).containsEntry(SkipReason.SYMLINK, 1);
    }
    @Test
    void indexIsHead_afterACommit_butNotOnceAChangeIsStaged() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("src/a.txt", "a\n").write("b.txt", "b\n");
            repo.commitAll("c");
            Repository r = repo.git().getRepository();
            writeCacheTree(r); // as `git commit` leaves the index (JGit's commit drops the cache tree)

            assertThat(RepoWalker.indexIsHead(r.readDirCache(), r.resolve("HEAD^{tree}"))).isTrue();

            repo.write("src/a.txt", "changed\n");
            repo.git().add().addFilepattern("src/a.txt").call();

            assertThat(RepoWalker.indexIsHead(r.readDirCache(), r.resolve("HEAD^{tree}"))).isFalse();
        }
    }

    @Test
    void walk_changeStagedButWorkingTreeSameAsIndex_isDirty() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("src/a.txt", "a\n").write("b.txt", "b\n");
            repo.commitAll("c");
            writeCacheTree(repo.git().getRepository());
            repo.write("src/a.txt", "changed\n");
            repo.git().add().addFilepattern("src/a.txt").call();

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path).containsExactly("b.txt", "src/a.txt");
            assertThat(result.dirty()).isTrue(); // the index differs from HEAD, the working tree from neither
        }
    }

    @Test
    void walk_fileRemovedFromIndexOnly_isDirtyAndStillListed() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n").write("b.txt", "b\n");
            repo.commitAll("c");
            writeCacheTree(repo.git().getRepository());
            repo.git().rm().setCached(true).addFilepattern("b.txt").call();

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(result.files()).extracting(WalkedFile::path).containsExactly("a.txt", "b.txt");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void walk_rightAfterACommit_isCleanAndListsEveryTrackedFile() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("src/a.txt", "a\n").write("b.txt", "b\n").write("src/deep/c.txt", "c\n");
            repo.commitAll("c");
            writeCacheTree(repo.git().getRepository());
            repo.write("new.txt", "untracked\n");
            repo.write(".gitignore", "new.txt\n");
            repo.git().add().addFilepattern(".gitignore").call();
            repo.commitAll("ignore");
            writeCacheTree(repo.git().getRepository());

            WalkResult result = walker.walk(repo.root(), Optional.of(repo.git().getRepository()));

            assertThat(RepoWalker.indexIsHead(repo.git().getRepository().readDirCache(),
                    repo.git().getRepository().resolve("HEAD^{tree}"))).isTrue();
            assertThat(result.files()).extracting(WalkedFile::path)
                    .containsExactly(".gitignore", "b.txt", "src/a.txt", "src/deep/c.txt");
            assertThat(result.dirty()).isFalse();
        }
    }

    /** Completes the index's cache tree and writes it, as `git commit` leaves the index. */
    static void writeCacheTree(Repository r) throws IOException {
        DirCache index = r.lockDirCache();
        try (ObjectInserter inserter = r.newObjectInserter()) {
            index.writeTree(inserter);
            inserter.flush();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
    }
}
