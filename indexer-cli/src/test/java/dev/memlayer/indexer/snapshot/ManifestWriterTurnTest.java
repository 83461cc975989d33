package dev.memlayer.indexer.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.WriterTurn;
import dev.memlayer.indexer.extract.ExtractionKey;
import dev.memlayer.indexer.extract.Extracted;
import dev.memlayer.indexer.lexical.LexicalDocument;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.snapshot.ProjectRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index run writes its files on one connection while the churn thread writes history on another,
 * the two taking turns per transaction ({@link WriterTurn}). That only works if a file batch's
 * transaction begins at its first statement inside the turn: one that had read anything earlier
 * (a prepare's schema read, a facts lookup while adding) fails with SQLITE_BUSY_SNAPSHOT as soon as
 * the other connection commits in between.
 */
class ManifestWriterTurnTest {

    @TempDir
    Path tmp;

    @Test
    void batches_commit_whenAnotherConnectionCommitsBeforeAndBetweenThem() throws Exception {
        Path db = tmp.resolve("m.db");
        Path root = Files.createDirectories(tmp.resolve("app")).toRealPath();
        try (Connection c = WriterDatabase.openAndMigrate(db, Clock.systemUTC());
                Connection other = TestDb.open(db)) {
            ProjectRef project = new ProjectRegistry(c, Clock.systemUTC()).register(root);
            long snapshotId = new SnapshotPublisher(c, Clock.systemUTC()).begin(project.id(), 0);
            WriterTurn turn = new WriterTurn();
            try (ManifestWriter writer = new ManifestWriter(c, turn, project.id(), snapshotId, 1, PreviousSnapshot.NONE)) {
                commitElsewhere(other, turn, project.id(), "a1");
                writer.add(entry("A.java", "ha"), content("ha"), facts("ha"), null);
                commitElsewhere(other, turn, project.id(), "b2");
                writer.add(entry("B.java", "hb"), content("hb"), facts("hb"), null);
                writer.finish();
            }
        }
        assertThat(TestDb.column(db, "SELECT path FROM manifest ORDER BY path")).containsExactly("A.java", "B.java");
        assertThat(TestDb.column(db, "SELECT content_hash FROM extractions ORDER BY content_hash"))
                .containsExactly("ha", "hb");
        assertThat(TestDb.column(db, "SELECT sha FROM commits ORDER BY sha")).containsExactly("a1", "b2");
    }

    /** What the churn thread does: one write transaction of its own, holding the turn. */
    private static void commitElsewhere(Connection other, WriterTurn turn, String projectId, String sha)
            throws Exception {
        turn.take(() -> {
            try (Statement st = other.createStatement()) {
                st.executeUpdate("INSERT INTO commits (project_id, sha, author, committed_at, file_count) VALUES ('"
                        + projectId + "', '" + sha + "', 'a@b', 0, 1)");
            }
        });
    }

    private static ManifestEntry entry(String path, String hash) {
        return new ManifestEntry(path, hash, 10, 0, "java", 1);
    }

    private static NewContent content(String hash) {
        return new NewContent(hash, 10, new byte[] {1, 2, 3}, new LexicalDocument("Sym", "", "body"));
    }

    private static List<Extracted> facts(String hash) {
        return List.of(new Extracted(new ExtractionKey(hash, "java", 1), FileFacts.EMPTY));
    }
}
