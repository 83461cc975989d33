package dev.memlayer.indexer.secrets;

import dev.memlayer.schema.SqliteSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.InflaterInputStream;

/**
 * Everything a database file holds, as searchable text: the raw bytes of the file and its WAL,
 * every column of every table (FTS5 shadow tables included), blobs also inflated when they are
 * zlib streams, and every term of the lexical index (through {@code fts5vocab}).
 */
public final class DatabaseText {

    private final String raw;
    private final String cells;
    private final List<String> terms;

    private DatabaseText(String raw, String cells, List<String> terms) {
        this.raw = raw;
        this.cells = cells;
        this.terms = terms;
    }

    public static DatabaseText read(Path db) throws IOException, SQLException {
        StringBuilder raw = new StringBuilder(latin1(Files.readAllBytes(db)));
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (Files.exists(wal)) {
            raw.append(latin1(Files.readAllBytes(wal)));
        }
        StringBuilder cells = new StringBuilder();
        List<String> terms = new ArrayList<>();
        try (Connection c = SqliteSettings.writer(db).getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof byte[] bytes) {
                                cells.append(latin1(bytes)).append('\n').append(inflated(bytes)).append('\n');
                            } else if (v != null) {
                                cells.append(v).append('\n');
                            }
                        }
                    }
                }
            }
            // temp schema: reading the vocabulary leaves the database file untouched
            st.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'lexical', 'row')");
            try (ResultSet rs = st.executeQuery("SELECT term FROM temp.vocab")) {
                while (rs.next()) {
                    terms.add(rs.getString(1));
                }
            }
        }
        return new DatabaseText(raw.toString(), cells.toString(), terms);
    }

    /** Whether {@code value} occurs anywhere: raw file bytes, any cell (inflated too), or as part of a lexical term. */
    public boolean contains(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String probe = lower.length() > 12 ? lower.substring(0, 12) : lower;
        return raw.contains(value) || cells.contains(value)
                || terms.stream().anyMatch(t -> t.contains(probe) || lower.contains(t) && t.length() >= 12);
    }

    public boolean hasTerm(String term) {
        return terms.contains(term);
    }

    public int termCount() {
        return terms.size();
    }

    private static String inflated(byte[] bytes) {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException notZlib) {
            return "";
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
