package dev.memlayer.indexer.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import dev.memlayer.indexer.GitCli;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stat walk after a commit ({@link IndexStatWalk}) against JGit's walk of the whole tree: every
 * case asserts that both give the same files (paths, sizes, mtimes, order), skip counts and dirty
 * flag, and what that result is.
 */
class IndexStatWalkTest {

    @TempDir
    Path tmp;

    private final RepoWalker walker = new RepoWalker(new SkipRules(1024 * 1024));

    @Test
    void cleanTreeAfterACommit_isListedFromTheIndexAlone() throws Exception {
        try (TestRepo repo = committed("a.txt", "src/b.java", "src/deep/c.py", "docs/d.md")) {
            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.txt", "docs/d.md", "src/b.java", "src/deep/c.py");
            assertThat(result.dirty()).isFalse();
        }
    }

    @Test
    void ignoredDirectoryWithANegatedFile_andNestedGitignore() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("gen/tracked.txt", "tracked before it was ignored\n").write("pkg/a.txt", "a\n");
            commit(repo);
            repo.write(".gitignore", "gen/*\n!gen/keep.txt\n*.log\n").write("pkg/.gitignore", "local/\n!important.log\n");
            repo.git().add().addFilepattern(".gitignore").addFilepattern("pkg/.gitignore").call();
            commit(repo, false); // JGit's `add --update` would drop the now ignored tracked file
            repo.write("gen/keep.txt", "negated: not ignored\n").write("gen/drop.txt", "ignored\n")
                    .write("pkg/important.log", "re-included one level down\n").write("pkg/x.log", "ignored\n")
                    .write("pkg/local/y.txt", "ignored directory\n").write("pkg/sub/z.log", "ignored\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly(".gitignore", "gen/keep.txt", "gen/tracked.txt",
                    "pkg/.gitignore", "pkg/a.txt", "pkg/important.log");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void onlyIgnoredUntrackedEntries_isClean() throws Exception {
        try (TestRepo repo = committed("a.txt", ".gitignore")) {
            Files.writeString(repo.root().resolve(".gitignore"), "node_modules/\n*.tmp\n");
            commit(repo);
            repo.write("node_modules/lib/index.js", "ignored and vendored\n").write("x.tmp", "ignored\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(result.dirty()).isFalse();
            assertThat(result.skipped()).doesNotContainKey(SkipReason.VENDORED); // ignored: not even counted
        }
    }

    @Test
    void untrackedFileInANewDirectory_andAnUnignoredVendoredDirectory() throws Exception {
        try (TestRepo repo = committed("a.txt")) {
            repo.write("new/dir/b.txt", "b\n").write("target/out.txt", "vendored, not ignored\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.txt", "new/dir/b.txt");
            assertThat(result.skipped()).containsEntry(SkipReason.VENDORED, 1);
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void trackedVendoredDirectory_isCountedNotEntered() throws Exception {
        try (TestRepo repo = committed("a.txt", "vendor/lib.go")) {
            repo.write("vendor/new.go", "untracked inside a directory that is never entered\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.txt");
            assertThat(result.skipped()).containsEntry(SkipReason.VENDORED, 1);
            assertThat(result.dirty()).isFalse();
        }
    }

    @Test
    void fileDeletedFromWorkTreeButInIndex_isDirty() throws Exception {
        try (TestRepo repo = committed("a.txt", "b.txt")) {
            repo.delete("b.txt");

            assertThat(paths(sameAsTreeWalk(repo))).containsExactly("a.txt");
            assertThat(sameAsTreeWalk(repo).dirty()).isTrue();
        }
    }

    @Test
    void trackedDirectoryDeleted_isDirty_unlessSparseCheckoutLeftItOut() throws Exception {
        try (TestRepo repo = committed("a.txt", "gone/b.txt", "gone/deep/c.txt")) {
            deleteTree(repo.root().resolve("gone"));
            assertThat(sameAsTreeWalk(repo).dirty()).isTrue();

            // as sparse checkout leaves them (JGit has no setter for the flag)
            gitCli(repo).run("update-index", "--skip-worktree", "gone/b.txt", "gone/deep/c.txt");

            WalkResult sparse = sameAsTreeWalk(repo);
            assertThat(paths(sparse)).containsExactly("a.txt");
            assertThat(sparse.dirty()).isFalse();
        }
    }

    @Test
    void touchedButUnchanged_isClean_editedIsDirty() throws Exception {
        try (TestRepo repo = committed("a.txt", "src/b.txt")) {
            Files.setLastModifiedTime(repo.root().resolve("src/b.txt"), FileTime.from(Instant.now()));
            WalkResult touched = sameAsTreeWalk(repo);
            assertThat(touched.dirty()).isFalse();
            assertThat(touched.files()).filteredOn(f -> f.path().equals("src/b.txt")).singleElement()
                    .satisfies(f -> assertThat(f.mtimeMs()).isGreaterThan(TestRepo.OLD.toEpochMilli()));

            Files.writeString(repo.root().resolve("src/b.txt"), "edited, other size\n");
            assertThat(sameAsTreeWalk(repo).dirty()).isTrue();
        }
    }

    @Test
    void racilyCleanEntry_sameSizeAndMtime_isCheckedByContent() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            // a modification time not older than the index file's: the entry may change unseen in the
            // same timestamp tick, so stat data cannot vouch for it (git and JGit smudge it)
            Instant now = Instant.now().plusSeconds(3600);
            repo.write("a.txt", "aaaa\n".getBytes(StandardCharsets.UTF_8), now).write("b.txt", "b\n");
            commit(repo);
            assertThat(sameAsTreeWalk(repo).dirty()).isFalse();

            repo.write("a.txt", "bbbb\n".getBytes(StandardCharsets.UTF_8), now); // same size, same mtime

            WalkResult result = sameAsTreeWalk(repo);
            assertThat(paths(result)).containsExactly("a.txt", "b.txt");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void executableBitChanged_isDirty() throws Exception {
        try (TestRepo repo = committed("run.sh", "a.txt")) {
            Files.setPosixFilePermissions(repo.root().resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));

            assertThat(sameAsTreeWalk(repo).dirty()).isTrue();
        }
    }

    @Test
    void symlinks_trackedAndUntracked_areSkippedAlike() throws Exception {
        try (TestRepo repo = TestRepo.git(tmp.resolve("r"))) {
            repo.write("a.txt", "a\n");
            Files.createSymbolicLink(repo.root().resolve("tracked-link"), Path.of("a.txt"));
            commit(repo);
            Files.createSymbolicLink(repo.root().resolve("untracked-link"), tmp);

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.txt");
            assertThat(result.skipped()).containsEntry(SkipReason.SYMLINK, 2);
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void submoduleAndNestedRepository_areNotEntered() throws Exception {
        try (TestRepo sub = committed(tmp.resolve("sub"), "s.txt"); TestRepo repo = committed("a.txt")) {
            try (Repository added = repo.git().submoduleAdd().setPath("mod").setURI(sub.root().toUri().toString()).call()) {
                commit(repo);
            }
            assertThat(paths(sameAsTreeWalk(repo))).containsExactly(".gitmodules", "a.txt");

            TestRepo.git(repo.root().resolve("nested")).write("n.txt", "n\n").close();
            WalkResult withNested = sameAsTreeWalk(repo);
            assertThat(paths(withNested)).containsExactly(".gitmodules", "a.txt");
            assertThat(withNested.dirty()).isTrue(); // an untracked nested repository, as git status says
        }
    }

    @Test
    void trackedDirectoriesThatBecameRepositories_areNestedRepositoriesNotDirectories() throws Exception {
        try (TestRepo repo = committed("a.txt", "lib/x.txt", "vendor/y.go")) {
            TestRepo.git(repo.root().resolve("lib")).close(); // lib/.git seen in lib's listing
            TestRepo.git(repo.root().resolve("vendor")).close(); // a vendored name: never listed, .git stat'ed

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.txt");
            assertThat(result.skipped()).doesNotContainKey(SkipReason.VENDORED);
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void fileReplacedByDirectory_andDirectoryByFile() throws Exception {
        try (TestRepo repo = committed("x", "d/y.txt", "z.txt")) {
            repo.delete("x").write("x/inner.txt", "now a directory\n");
            deleteTree(repo.root().resolve("d"));
            repo.write("d", "now a file\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("d", "x/inner.txt", "z.txt");
            assertThat(result.dirty()).isTrue();
        }
    }

    @Test
    void namesOutsideAscii_keepGitsByteOrder() throws Exception {
        try (TestRepo repo = committed("a/z.txt", "a/\u00e9.txt", "a/\uFFFD.txt", "a/\uD83D\uDE00.txt", "a.b", "a0")) {
            repo.write("a/\u4e2d.txt", "untracked\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("a.b", "a/z.txt", "a/\u00e9.txt", "a/\u4e2d.txt",
                    "a/\uFFFD.txt", "a/\uD83D\uDE00.txt", "a0");
        }
    }

    @Test
    void newGitignoreRuleInASubdirectory_appliesToUntrackedFilesOnly() throws Exception {
        try (TestRepo repo = committed("pkg/a.txt", "pkg/b.gen")) {
            repo.write("pkg/.gitignore", "*.gen\n").write("pkg/c.gen", "ignored by the new rule\n");

            WalkResult result = sameAsTreeWalk(repo);

            assertThat(paths(result)).containsExactly("pkg/.gitignore", "pkg/a.txt", "pkg/b.gen");
            assertThat(result.dirty()).isTrue(); // the new .gitignore itself is untracked
        }
    }

    @Test
    void stagedChange_fallsBackToTheTreeWalk() throws Exception {
        try (TestRepo repo = committed("a.txt", "b.txt")) {
            repo.write("a.txt", "staged\n");
            repo.git().add().addFilepattern("a.txt").call();
            Repository r = repo.git().getRepository();
            assertThat(RepoWalker.indexIsHead(r.readDirCache(), r.resolve("HEAD^{tree}"))).isFalse();

            assertThat(sameAsTreeWalk(repo).dirty()).isTrue();
        }
    }

    @Test
    void afterRealGitCommits_editsAddsDeletesAndRenames_matchTheTreeWalk() throws Exception {
        GitCli git = GitCli.init(tmp.resolve("cli"), tmp.resolve("gitconfig"), Map.of());
        git.write("src/a.java", "class A {}\n").write("src/b.java", "class B {}\n").write(".gitignore", "*.o\n")
                .write("docs/c.md", "c\n").commitAll("one");
        git.write("src/a.java", "class A { int x; }\n").commitAll("a one-file commit: the index stays HEAD's");
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(git.dir().toFile()).build()) {
            assertThat(RepoWalker.indexIsHead(repo.readDirCache(), repo.resolve("HEAD^{tree}"))).isTrue();
            assertThat(sameAsTreeWalk(git.dir(), repo).dirty()).isFalse();

            git.write("src/b.java", "class B { edited }\n").write("new.txt", "n\n").write("x.o", "ignored\n");
            Files.delete(git.dir().resolve("docs/c.md"));
            git.run("mv", "src/a.java", "src/renamed.java");

            WalkResult result = sameAsTreeWalk(git.dir(), repo);
            assertThat(paths(result)).containsExactly(".gitignore", "new.txt", "src/b.java", "src/renamed.java");
            assertThat(result.dirty()).isTrue();
        }
    }

    private GitCli gitCli(TestRepo repo) throws IOException {
        return GitCli.init(repo.root(), tmp.resolve("gitconfig"), Map.of());
    }

    /** The stat walk's result, asserted equal to JGit's walk of the whole tree. */
    private WalkResult sameAsTreeWalk(TestRepo repo) throws IOException {
        return sameAsTreeWalk(repo.root(), repo.git().getRepository());
    }

    private WalkResult sameAsTreeWalk(Path root, Repository r) throws IOException {
        WalkResult fast = walker.walk(root, Optional.of(r));
        WalkResult whole = walker.walkGit(r, r.readDirCache(), false);
        assertThat(fast.files()).isEqualTo(whole.files());
        assertThat(fast.skipped()).isEqualTo(whole.skipped());
        assertThat(fast.dirty()).isEqualTo(whole.dirty());
        return fast;
    }

    private TestRepo committed(String... files) throws Exception {
        return committed(tmp.resolve("r"), files);
    }

    private static TestRepo committed(Path dir, String... files) throws Exception {
        TestRepo repo = TestRepo.git(dir);
        for (String f : files) {
            repo.write(f, f + "\n");
        }
        commit(repo);
        return repo;
    }

    /** Commits and completes the cache tree, as {@code git commit} leaves the index. */
    private static void commit(TestRepo repo) throws Exception {
        commit(repo, true);
    }

    private static void commit(TestRepo repo, boolean all) throws Exception {
        if (all) {
            repo.commitAll("c");
        } else {
            repo.git().commit().setMessage("c").setSign(false).call();
        }
        Repository r = repo.git().getRepository();
        RepoWalkerTest.writeCacheTree(r);
        assertThat(RepoWalker.indexIsHead(r.readDirCache(), r.resolve("HEAD^{tree}"))).isTrue();
        assertThat(IndexStatWalk.applies(r.readDirCache())).isTrue();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static java.util.List<String> paths(WalkResult result) {
        return result.files().stream().map(WalkedFile::path).toList();
    }
}
