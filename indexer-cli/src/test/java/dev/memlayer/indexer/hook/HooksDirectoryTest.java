package dev.memlayer.indexer.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.GitCli;
import dev.memlayer.indexer.git.GitWorkTree;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HooksDirectory} answers what {@code git rev-parse --git-path hooks} answers. */
class HooksDirectoryTest {

    @TempDir
    Path tmp;

    private GitCli git;

    @BeforeEach
    void repo() throws Exception {
        git = GitCli.init(tmp.resolve("repo"), tmp.resolve("gitconfig"), Map.of());
        git.write("a.txt", "a\n").commitAll("first");
    }

    @Test
    void plainRepository_usesDotGitHooks() throws Exception {
        assertThat(hooksOf(git)).isEqualTo(gitsAnswer(git)).isEqualTo(git.dir().toRealPath().resolve(".git/hooks"));
    }

    @Test
    void linkedWorktree_sharesTheMainRepositorysHooks() throws Exception {
        git.run("worktree", "add", "-q", tmp.resolve("wt").toString(), "-b", "side");
        GitCli wt = git.in(tmp.resolve("wt"));

        assertThat(hooksOf(wt)).isEqualTo(gitsAnswer(wt)).isEqualTo(git.dir().toRealPath().resolve(".git/hooks"));
    }

    @Test
    void relativeHooksPath_isRelativeToTheWorkTreeRoot_evenFromASubfolder() throws Exception {
        git.run("config", "core.hooksPath", ".githooks");
        git.write("sub/x.txt", "x\n");

        assertThat(hooksOf(git)).isEqualTo(gitsAnswer(git)).isEqualTo(git.dir().toRealPath().resolve(".githooks"));
        try (GitWorkTree tree = GitWorkTree.open(git.dir().resolve("sub"))) {
            assertThat(HooksDirectory.of(tree.repository().orElseThrow(), tree.root()))
                    .isEqualTo(git.dir().toRealPath().resolve(".githooks"));
        }
    }

    @Test
    void absoluteHooksPath_isTakenAsIs() throws Exception {
        Path shared = tmp.resolve("shared-hooks").toAbsolutePath();
        git.run("config", "core.hooksPath", shared.toString());

        assertThat(hooksOf(git)).isEqualTo(gitsAnswer(git)).isEqualTo(shared);
    }

    private static Path hooksOf(GitCli g) {
        try (GitWorkTree tree = GitWorkTree.open(g.dir())) {
            return HooksDirectory.of(tree.repository().orElseThrow(), tree.root());
        }
    }

    private static Path gitsAnswer(GitCli g) throws Exception {
        Path answer = Path.of(g.run("rev-parse", "--git-path", "hooks").strip());
        Path abs = answer.isAbsolute() ? answer : g.dir().resolve(answer);
        return abs.toFile().exists() ? abs.toRealPath() : abs.normalize();
    }
}
