package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbols by content hash, over a migrated database with extraction rows written as the indexer writes them. */
class SymbolReaderTest {

    @TempDir
    Path dir;

    @Test
    void aNewerExtractorVersion_isReadOnceTheCatalogChanges_andNamesTheExtraction() throws Exception {
        Path db = dir.resolve("m.db");
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            new Migrator(Clock.systemUTC()).migrate(c);
            extraction(c, 1, 1, "app", "variable");
        }
        ReaderPool pool = LoadedViews.pool(db);
        try {
            SymbolReader reader = new SymbolReader(pool);
            assertThat(reader.of("c0ffee").symbols()).extracting(SymbolFact::name).containsExactly("app");
            assertThat(reader.of("c0ffee").extraction()).isEqualTo("typescript@1");

            // an upgraded indexer reads the same content again, then publishes a snapshot
            try (Connection c = SqliteSettings.writer(db).getConnection()) {
                extraction(c, 2, 2, "listen", "function");
            }
            assertThat(reader.of("c0ffee").symbols()).as("remembered until the catalog changes")
                    .extracting(SymbolFact::name).containsExactly("app");
            reader.forget(CatalogState.available(db, 7, Map.of()));

            assertThat(reader.of("c0ffee").symbols()).as("only the newest version's rows")
                    .extracting(SymbolFact::name).containsExactly("listen");
            assertThat(reader.of("c0ffee").extraction()).isEqualTo("typescript@2");
            assertThat(reader.of("unknown").symbols()).isEmpty();
        } finally {
            LoadedViews.close(pool);
        }
    }

    private static void extraction(Connection c, int id, int version, String name, String kind) throws SQLException {
        try (PreparedStatement e = c.prepareStatement(
                "INSERT INTO extractions (id, content_hash, extractor, extractor_version) VALUES (?, 'c0ffee', 'typescript', ?)");
             PreparedStatement s = c.prepareStatement("INSERT INTO symbols (extraction_id, ordinal, kind, name, container,"
                     + " signature, line_start, line_end, exported) VALUES (?, 0, ?, ?, NULL, ?, 1, 1, 1)")) {
            e.setInt(1, id);
            e.setInt(2, version);
            e.executeUpdate();
            s.setInt(1, id);
            s.setString(2, kind);
            s.setString(3, name);
            s.setString(4, name);
            s.executeUpdate();
        }
    }
}
