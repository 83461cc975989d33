package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tests an answer names for a file, over a repository indexed by the real indexer: the test named after
 * the file first, then a test whose name holds the file's name, then others that import it; at most two.
 */
class TestFilesTest {

    static final String ROWS = "src/main/java/acme/SnapshotRows.java";
    static final String LONELY = "src/main/java/acme/Lonely.java";

    @RegisterExtension
    static final IndexedView indexed = new IndexedView(TestFilesTest::rows);

    /** A class, three tests that import it (one named after it, one holding its name) and a class without tests. */
    static IndexResult rows(Path dir, Path db) throws Exception {
        try (TestRepo repo = TestRepo.open(dir)) {
            repo.write(ROWS, "package acme;\n\npublic class SnapshotRows {\n    public int count() { return 0; }\n}\n");
            repo.write(LONELY, "package acme;\n\npublic class Lonely {\n}\n");
            for (String test : new String[] {"AGraphTest", "SharedSnapshotRowsTest", "SnapshotRowsTest"}) {
                repo.write("src/test/java/acme/" + test + ".java", "package acme;\n\nimport acme.SnapshotRows;\n\n"
                        + "class " + test + " {\n    int rows() { return new SnapshotRows().count(); }\n}\n");
            }
            return repo.commitAndIndex("Rows and their tests", db);
        }
    }

    @Test
    void namedTestFirst_thenOneHoldingTheName_notOneThatOnlyImportsIt() {
        SnapshotView view = indexed.view();
        assertThat(TestFiles.of(view, view.file(ROWS))).containsExactly(
                "src/test/java/acme/SnapshotRowsTest.java", "src/test/java/acme/SharedSnapshotRowsTest.java");
    }

    @Test
    void aFileWithoutTests_andATestItself_haveNone() {
        SnapshotView view = indexed.view();
        assertThat(TestFiles.of(view, view.file(LONELY))).isEmpty();
        assertThat(TestFiles.of(view, view.file("src/test/java/acme/SnapshotRowsTest.java"))).isEmpty();
    }
}
