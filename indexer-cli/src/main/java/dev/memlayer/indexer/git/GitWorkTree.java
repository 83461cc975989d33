package dev.memlayer.indexer.git;

import dev.memlayer.indexer.Background;
import dev.memlayer.indexer.IndexerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * The project root a path belongs to: the top of the enclosing git work tree, or the folder itself
 * outside git. Root is canonical ({@code toRealPath}). Holds the open JGit repository, if any.
 */
public final class GitWorkTree implements AutoCloseable {

    static {
        // JGit measures the file system's timestamp resolution on first use (seconds of sleeping
        // and touching files) and caches it in ~/.config/jgit/config. In the background, a cold
        // run uses conservative defaults instead of waiting; the hook path must stay fast.
        FS.FileStoreAttributes.setBackground(true);
    }

    private final Path root;
    private final Repository repository;
    private volatile CompletableFuture<DirCache> dirCache;

    /**
     * JGit's one-time set-up, ahead of the first {@link #open} ({@code pipeline.WarmUp}): this class's
     * own (above, which also loads JGit's message bundle: ~1 000 fields set by reflection when the
     * first file store registers for clean-up), and the system and user git config, which JGit caches
     * and checks for changes on every later open. Finding the system config file runs {@code git}
     * twice. A failure is left for {@link #open} to meet and report.
     */
    public static void warmUp() {
        try {
            SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            // open() reads the same files and reports what is wrong with them
        }
    }

    private GitWorkTree(Path root, Repository repository) {
        this.root = root;
        this.repository = repository;
    }

    /**
     * Finds the work tree containing {@code start}. Deliberately ignores {@code GIT_DIR} and friends:
     * a post-commit hook sets them, and the path given is the only truth here.
     */
    public static GitWorkTree open(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IndexerException("not a directory: " + start);
        }
        try {
            Path real = dir.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
            if (builder.getGitDir() == null) {
                return new GitWorkTree(real, null);
            }
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                // no working tree: only `index --rev` can read it (from objects); the root is the git dir
                return new GitWorkTree(repo.getDirectory().toPath().toRealPath(), repo);
            }
            return new GitWorkTree(repo.getWorkTree().toPath().toRealPath(), repo);
        } catch (IOException e) {
            throw new IndexerException("cannot open " + start + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts reading, each on a daemon thread of its own, what a run reads first: the pack indexes of the
     * object database (the first object a run reads, on the history thread, would otherwise wait for JGit
     * to read a whole pack index into memory: 11 MB for prettier; JGit reads each once per open
     * repository) and the index ({@link #dirCache}: JGit checks the SHA-1 of the whole file, 1.2 MB for
     * prettier, ~60 ms of a cold JVM). Both then overlap the run opening its database. A failure is left
     * for the run's own read to meet.
     */
    public void readAhead() {
        if (repository != null) {
            if (!repository.isBare()) {
                dirCache = Background.start("memlayer-dircache", repository::readDirCache);
            }
            Background.start("memlayer-pack-index", () -> repository.getObjectDatabase().has(ObjectId.zeroId()));
        }
    }

    /**
     * The repository's index (DirCache): the one {@link #readAhead} read, unless the file has
     * changed since (then, or when that read failed or never started, read now).
     */
    public DirCache dirCache() throws IOException {
        CompletableFuture<DirCache> ahead = dirCache;
        if (ahead != null) {
            try {
                DirCache index = ahead.join();
                if (!index.isOutdated()) {
                    return index;
                }
            } catch (CompletionException e) {
                // read again below, where the failure is reported as the caller's own
            }
        }
        return repository.readDirCache();
    }

    public Path root() {
        return root;
    }

    /** Whether this is a bare repository: git objects but no working tree to walk. */
    public boolean bare() {
        return repository != null && repository.isBare();
    }

    public Optional<Repository> repository() {
        return Optional.ofNullable(repository);
    }

    /**
     * HEAD's commit sha, from the refs ({@link HeadIds#commit}: no object read, so no pack index
     * waited for); null outside git or before the first commit.
     */
    public String headCommit() {
        if (repository == null) {
            return null;
        }
        try {
            ObjectId head = HeadIds.commit(repository);
            return head == null ? null : head.name();
        } catch (IOException e) {
            throw new IndexerException("cannot read HEAD of " + root + ": " + e.getMessage(), e);
        }
    }

    /** Short branch name; null when detached or outside git (an unborn branch still has its name). */
    public String branch() {
        if (repository == null) {
            return null;
        }
        try {
            String full = repository.getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS) ? Repository.shortenRefName(full) : null;
        } catch (IOException e) {
            throw new IndexerException("cannot read HEAD of " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }
}
