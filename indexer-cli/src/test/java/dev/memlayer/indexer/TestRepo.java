package dev.memlayer.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real folder (optionally a real git repository made with JGit) for tests. Files are written
 * with an mtime an hour in the past, so the racy-file rule does not force re-reads.
 */
public final class TestRepo implements AutoCloseable {

    public static final Instant OLD = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private final Path root;
    private final Git git;

    private TestRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    public static TestRepo git(Path dir) throws IOException, GitAPIException {
        Files.createDirectories(dir);
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    public static TestRepo plain(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new TestRepo(dir, null);
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    public TestRepo write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8), OLD);
    }

    public TestRepo write(String path, byte[] data, Instant mtime) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        Files.setLastModifiedTime(file, FileTime.from(mtime));
        return this;
    }

    public TestRepo delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything (honouring .gitignore) and commits. */
    public RevCommit commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Test", "test@example.com");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** Sets every file's mtime back to {@link #OLD} (after git touched nothing, this is a no-op safety). */
    public void ageAll() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith(".git"))::iterator) {
                Files.setLastModifiedTime(p, FileTime.from(OLD));
            }
        }
    }

    @Override
    public void close() {
        if (git != null) {
            git.close();
        }
    }
}
