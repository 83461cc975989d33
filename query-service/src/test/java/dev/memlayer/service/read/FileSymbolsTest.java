package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.schema.SqliteSettings;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.TestRepo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's symbols as an answer shows them come from the view, from the newest extraction of its content, and name
 * that extraction: over a repository the real indexer wrote, then read again by a (simulated) newer extractor.
 */
class FileSymbolsTest {

    static final String QUEUE = "src/main/java/acme/Queue.java";

    @TempDir
    Path dir;

    @Test
    void symbolsInLineOrder_fromTheNewestExtraction_whichNamesThem() throws Exception {
        Path db = dir.resolve("m.db");
        IndexResult indexed;
        try (TestRepo repo = TestRepo.open(dir.resolve("tools"))) {
            repo.write(QUEUE, """
                    package acme;

                    public class Queue {
                        public void push(String s) { }

                        public String peek() { return null; }
                    }
                    """);
            indexed = repo.commitAndIndex("Queue", db);
        }
        ReaderPool pool = LoadedViews.pool(db);
        try {
            SnapshotView view = LoadedViews.load(pool, indexed.projectId(), indexed.version());
            FileSymbols first = view.symbolsOf(view.file(QUEUE));
            assertThat(first.symbols()).extracting(SymbolFact::name).containsExactly("Queue", "push", "peek");
            assertThat(first.symbols().get(1).signature()).contains("push(String s)");
            assertThat(first.extraction()).isPositive();

            // an upgraded indexer reads the same content again; the older rows stay until gc
            long newer = readAgainByANewerVersion(db, view.file(QUEUE).contentHash());
            SnapshotView again = LoadedViews.load(pool, indexed.projectId(), indexed.version());
            FileSymbols second = again.symbolsOf(again.file(QUEUE));

            assertThat(second.symbols()).extracting(SymbolFact::name).containsExactly("Queue", "offer");
            assertThat(second.extraction()).isEqualTo(newer).isNotEqualTo(first.extraction());
            assertThat(view.symbolsOf(view.file(QUEUE)).symbols()).as("a loaded view never changes")
                    .extracting(SymbolFact::name).containsExactly("Queue", "push", "peek");
        } finally {
            LoadedViews.close(pool);
        }
    }

    /** A newer version of the content's extraction with two symbols; its id. */
    private static long readAgainByANewerVersion(Path db, String contentHash) throws SQLException {
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            long id;
            try (PreparedStatement e = c.prepareStatement("INSERT INTO extractions (content_hash, extractor,"
                    + " extractor_version) SELECT content_hash, extractor, extractor_version + 1 FROM extractions"
                    + " WHERE content_hash = ? RETURNING id")) {
                e.setString(1, contentHash);
                try (ResultSet rs = e.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            String[][] symbols = {{"class", "Queue", "public class Queue", "3", "5"},
                {"method", "offer", "public void offer(String s)", "4", "4"}};
            try (PreparedStatement s = c.prepareStatement("INSERT INTO symbols (extraction_id, ordinal, kind, name,"
                    + " container, signature, line_start, line_end, exported) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 1)")) {
                for (int i = 0; i < symbols.length; i++) {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, symbols[i][0]);
                    s.setString(4, symbols[i][1]);
                    s.setString(5, symbols[i][2]);
                    s.setInt(6, Integer.parseInt(symbols[i][3]));
                    s.setInt(7, Integer.parseInt(symbols[i][4]));
                    s.executeUpdate();
                }
            }
            return id;
        }
    }
}
