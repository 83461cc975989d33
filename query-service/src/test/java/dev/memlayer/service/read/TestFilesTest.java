package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests an answer names for a file, over a repository indexed by the real indexer: the test named after
 * the file first, then a test whose name holds the file's name, then others that import it; at most two.
 */
class TestFilesTest {

    static final String ROWS = "src/main/java/acme/SnapshotRows.java";
    static final String LONELY = "src/main/java/acme/Lonely.java";

    @TempDir
    static Path dir;

    private static ReaderPool pool;
    private static SnapshotView view;

    @BeforeAll
    static void indexRepository() throws Exception {
        IndexResult indexed;
        try (TestRepo repo = TestRepo.open(dir.resolve("rows"))) {
            repo.write(ROWS, "package acme;\n\npublic class SnapshotRows {\n    public int count() { return 0; }\n}\n");
            repo.write(LONELY, "package acme;\n\npublic class Lonely {\n}\n");
            for (String test : new String[] {"AGraphTest", "SharedSnapshotRowsTest", "SnapshotRowsTest"}) {
                repo.write("src/test/java/acme/" + test + ".java", "package acme;\n\nimport acme.SnapshotRows;\n\n"
                        + "class " + test + " {\n    int rows() { return new SnapshotRows().count(); }\n}\n");
            }
            indexed = repo.commitAndIndex("Rows and their tests", dir.resolve("m.db"));
        }
        pool = LoadedViews.pool(dir.resolve("m.db"));
        view = LoadedViews.load(pool, indexed.projectId(), indexed.version());
    }

    @AfterAll
    static void closePool() {
        LoadedViews.close(pool);
    }

    @Test
    void namedTestFirst_thenOneHoldingTheName_notOneThatOnlyImportsIt() {
        assertThat(TestFiles.of(view, view.file(ROWS))).containsExactly(
                "src/test/java/acme/SnapshotRowsTest.java", "src/test/java/acme/SharedSnapshotRowsTest.java");
    }

    @Test
    void aFileWithoutTests_andATestItself_haveNone() {
        assertThat(TestFiles.of(view, view.file(LONELY))).isEmpty();
        assertThat(TestFiles.of(view, view.file("src/test/java/acme/SnapshotRowsTest.java"))).isEmpty();
    }
}
