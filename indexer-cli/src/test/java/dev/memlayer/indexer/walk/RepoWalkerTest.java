package dev.memlayer.indexer.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
