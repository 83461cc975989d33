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
