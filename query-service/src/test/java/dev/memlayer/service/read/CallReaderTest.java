package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import dev.memlayer.service.read.CallReader.Call;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls by content hash, over a migrated database with extraction rows written as the indexer writes them. */
class CallReaderTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheNewestExtractorVersionCounts_mostCalledFirst() throws Exception {
        Path db = migrated();
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            extraction(c, 1, 1);
            call(c, 1, "oldName", 9, 3);
            // an upgraded indexer read the same content again: its rows replace the older version's
            extraction(c, 2, 2);
            call(c, 2, "vat", 1, 12);
            call(c, 2, "round", 4, 7);
            call(c, 2, "audit", 1, 20);
        }
        ReaderPool pool = LoadedViews.pool(db);
        try {
            CallReader reader = new CallReader(pool);

            assertThat(reader.of("c0ffee")).containsExactly(
                    new Call("round", 4, 7), new Call("audit", 1, 20), new Call("vat", 1, 12));
            assertThat(reader.of("unknown")).isEmpty();
        } finally {
            LoadedViews.close(pool);
        }
    }

    @Test
    void rememberedUntilTheCatalogChanges() throws Exception {
        Path db = migrated();
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            extraction(c, 1, 1);
            call(c, 1, "total", 2, 5);
        }
        ReaderPool pool = LoadedViews.pool(db);
        try {
            CallReader reader = new CallReader(pool);
            assertThat(reader.of("c0ffee")).extracting(Call::callee).containsExactly("total");

            try (Connection c = SqliteSettings.writer(db).getConnection()) {
                extraction(c, 2, 2);
                call(c, 2, "subtotal", 1, 6);
            }
            assertThat(reader.of("c0ffee")).extracting(Call::callee).containsExactly("total");
            reader.forget(CatalogState.available(db, 7, Map.of()));

            assertThat(reader.of("c0ffee")).extracting(Call::callee).containsExactly("subtotal");
        } finally {
            LoadedViews.close(pool);
        }
    }

    private Path migrated() throws SQLException {
        Path db = dir.resolve("m.db");
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            new Migrator(Clock.systemUTC()).migrate(c);
        }
        return db;
    }

    private static void extraction(Connection c, int id, int version) throws SQLException {
        try (PreparedStatement e = c.prepareStatement("INSERT INTO extractions (id, content_hash, extractor,"
                + " extractor_version) VALUES (?, 'c0ffee', 'java', ?)")) {
            e.setInt(1, id);
            e.setInt(2, version);
            e.executeUpdate();
        }
    }

    private static void call(Connection c, int extraction, String callee, int count, int firstLine)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO calls (extraction_id, callee, count, first_line) VALUES (?, ?, ?, ?)")) {
            s.setInt(1, extraction);
            s.setString(2, callee);
            s.setInt(3, count);
            s.setInt(4, firstLine);
            s.executeUpdate();
        }
    }
}
