package dev.memlayer.service.read;

import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.schema.SnapshotRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The symbols of one file content, by content hash: for each extractor that read it, the rows of
 * its newest version, in line order. A content's facts change only when a newer extractor version reads
 * it, and a run publishes that with a new snapshot: the bounded LRU is emptied whenever the catalog's views
 * change, and each entry names the extraction it came from ({@link FileSymbols#extraction}), so what callers
 * remember of it (an outline's token count) can be keyed by that. Docs are not loaded: assembly shows signatures.
 */
@ApplicationScoped
public class SymbolReader {

    /** Uses the {@code UNIQUE (content_hash, extractor, extractor_version)} index of extractions. */
    static final String SELECT_SYMBOLS =
            "SELECT e.extractor, e.extractor_version, s.kind, s.name, s.container, s.signature,"
            + " s.line_start, s.line_end, s.exported"
            + " FROM extractions e JOIN symbols s ON s.extraction_id = e.id"
            + " WHERE e.content_hash = ? AND " + SnapshotRows.newestExtraction("e")
            + " ORDER BY s.line_start, s.ordinal";

    /** Content hashes remembered at most (a file's symbols are typically a few kilobytes). */
    static final int CAPACITY = 20_000;

    private final ReaderPool pool;
    private final ContentCache<FileSymbols> cache = new ContentCache<>(CAPACITY);

    public SymbolReader(ReaderPool pool) {
        this.pool = pool;
    }

    /**
     * One content's symbols in line order (empty when none were extracted) and the extraction they came from:
     * each extractor with the version read, {@code typescript@2}, sorted and space-separated.
     */
    public record FileSymbols(List<SymbolFact> symbols, String extraction) {
    }

    /** The symbols of {@code contentHash}, with the extraction they came from. */
    public FileSymbols of(String contentHash) throws SQLException {
        return cache.get(contentHash, this::load);
    }

    /** A new snapshot may bring a newer extraction of a content already remembered: read them all again. */
    void forget(@Observes CatalogState changed) {
        cache.clear();
    }

    /** Hits and misses of the symbols-by-content-hash cache. */
    public CacheCounters counters() {
        return cache.counters();
    }

    private FileSymbols load(String contentHash) throws SQLException {
        List<SymbolFact> symbols = new ArrayList<>();
        Set<String> extraction = new TreeSet<>();
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SELECT_SYMBOLS)) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    extraction.add(rs.getString(1) + "@" + rs.getInt(2));
                    symbols.add(new SymbolFact(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9) != 0, null));
                }
            }
        }
        return new FileSymbols(List.copyOf(symbols), String.join(" ", extraction));
    }
}
