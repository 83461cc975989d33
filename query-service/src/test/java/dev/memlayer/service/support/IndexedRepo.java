package dev.memlayer.service.support;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A test's git repository and database, indexed by the real indexer. Shared with the tests of one
 * Quarkus boot through injection ({@link InjectIndexedRepo}); it remembers the last summary.
 */
public final class IndexedRepo {

    private final TestRepo repo;
    private final Path db;
    private final IndexerProcess indexer = new IndexerProcess();
    private volatile IndexResult last;

    IndexedRepo(TestRepo repo, Path db) {
        this.repo = repo;
        this.db = db;
    }

    public TestRepo repo() {
        return repo;
    }

    public Path db() {
        return db;
    }

    /** The summary of the latest run, or null before the first. */
    public IndexResult last() {
        return last;
    }

    public synchronized IndexResult index() {
        last = indexer.index(repo.root(), db);
        return last;
    }

    /** Appends a line to the changelog, commits, and indexes: one more published snapshot. */
    public synchronized IndexResult changeAndIndex(String note) throws IOException, GitAPIException {
        repo.append(TestRepo.CHANGELOG, "- " + note);
        repo.commit(note);
        return index();
    }
}
