package dev.memlayer.service.read;

import dev.memlayer.service.support.IndexResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A repository the real indexer wrote into a temporary database, loaded as a view once per test class:
 * <pre>{@code
 * @RegisterExtension
 * static final IndexedView indexed = new IndexedView(PolyglotRepo::create);
 * }</pre>
 * It indexes before the class's {@code @BeforeAll} methods run, and closes its pool and deletes the folder after
 * the class's tests.
 */
public final class IndexedView implements BeforeAllCallback, AfterAllCallback {

    /** Writes a repository under {@code dir} and indexes it into {@code db}. */
    @FunctionalInterface
    public interface Indexing {
        IndexResult index(Path dir, Path db) throws Exception;
    }

    private final Indexing indexing;
    private Path dir;
    private Path db;
    private ReaderPool pool;
    private SnapshotView view;

    public IndexedView(Indexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("memlayer-view-");
        db = dir.resolve("memlayer.db");
        IndexResult indexed = indexing.index(dir.resolve("repo"), db);
        pool = LoadedViews.pool(db);
        view = LoadedViews.load(pool, indexed.projectId(), indexed.version());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        LoadedViews.close(pool);
        FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.SKIP_MISSING);
    }

    public SnapshotView view() {
        return view;
    }

    public ReaderPool pool() {
        return pool;
    }

    public Path db() {
        return db;
    }

    /** File texts of the database, as the service reads them. */
    public ContentReader contents() {
        return new ContentReader(pool, LoadedViews.config(db));
    }
}
