package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SqliteSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FTS5's stored token counts, read from a real table: what bm25() divides by, row by row and in all. */
class Fts5SizesTest {

    @TempDir
    Path dir;

    @Test
    void totalsAndRowLengths_areTheTablesTokenCounts() throws SQLException {
        Path db = dir.resolve("sizes.db");
        long tokens = 0;
        try (Connection c = SqliteSettings.writer(db).getConnection()) {
            new Migrator(Clock.systemUTC()).migrate(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO lexical (rowid, symbols, docs, body) VALUES (?, ?, ?, ?)")) {
                for (int row = 1; row <= 300; row++) {
                    int words = row * 7; // past one varint byte (127) and two (16 383 in all)
                    ps.setLong(1, row);
                    ps.setString(2, "parse header");
                    ps.setString(3, "");
                    ps.setString(4, "word ".repeat(words));
                    ps.executeUpdate();
                    tokens += 2 + words;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(TermScores.SELECT_VERSION);
                    ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                byte[] averages = rs.getBytes(2);
                assertThat(Fts5Sizes.totals(averages, 0, averages.length)).isEqualTo(new Fts5Sizes.Totals(300, tokens));
            }
            try (PreparedStatement ps = c.prepareStatement(RowLengths.SELECT_SIZE)) {
                for (int row : new int[] {1, 18, 19, 300}) {
                    ps.setLong(1, row);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(Fts5Sizes.rowLength(rs.getBytes(1))).as("row %d", row).isEqualTo(2 + row * 7);
                    }
                }
            }
        }
    }

    @Test
    void varints_readSqlitesFormat_upToTheNinthByte() {
        byte[] bytes = {0x05, (byte) 0x81, 0x00, (byte) 0xff, 0x7f,
            (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};

        assertThat(Fts5Sizes.varints(bytes, 0, bytes.length)).containsExactly(5, 128, 16_383, -1L);
        assertThat(Fts5Sizes.rowLength(null)).isZero();
    }
}
