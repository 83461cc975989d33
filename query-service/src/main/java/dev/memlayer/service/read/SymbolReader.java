package dev.memlayer.service.read;

import dev.memlayer.model.facts.SymbolFact;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols of one file content, by content hash: for each extractor that read it, the rows of
 * its newest version, in line order. Facts never change under a content hash, so a bounded LRU
 * keyed by hash can be evicted but never be stale. Docs are not loaded: assembly shows signatures.
 */
@ApplicationScoped
public class SymbolReader {

    /** Uses the {@code UNIQUE (content_hash, extractor, extractor_version)} index of extractions. */
    static final String SELECT_SYMBOLS =
            "SELECT e.extractor, e.extractor_version, s.kind, s.name, s.container, s.signature,"
            + " s.line_start, s.line_end, s.exported"
            + " FROM extractions e JOIN symbols s ON s.extraction_id = e.id"
            + " WHERE e.content_hash = ? ORDER BY s.line_start, s.ordinal";

    /** Content hashes remembered at most (a file's symbols are typically a few kilobytes). */
    static final int CAPACITY = 20_000;

    private final ReaderPool pool;
    private final CacheCounters counters = new CacheCounters();
    private final Map<String, List<SymbolFact>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SymbolFact>> eldest) {
            return size() > CAPACITY;
        }
    };

    public SymbolReader(ReaderPool pool) {
        this.pool = pool;
    }

    /** The symbols of {@code contentHash} in line order; empty when none were extracted. */
    public List<SymbolFact> symbols(String contentHash) throws SQLException {
        synchronized (cache) {
            List<SymbolFact> known = cache.get(contentHash);
            if (known != null) {
                counters.hit();
                return known;
            }
        }
        counters.miss();
        List<SymbolFact> loaded = load(contentHash);
        synchronized (cache) {
            cache.put(contentHash, loaded);
        }
        return loaded;
    }

    /** Hits and misses of the symbols-by-content-hash cache. */
    public CacheCounters counters() {
        return counters;
    }

    private record Row(String extractor, int version, SymbolFact fact) {
    }

    private List<SymbolFact> load(String contentHash) throws SQLException {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> newest = new HashMap<>();
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SELECT_SYMBOLS)) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row(rs.getString(1), rs.getInt(2), new SymbolFact(rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9) != 0, null));
                    rows.add(r);
                    newest.merge(r.extractor(), r.version(), Math::max);
                }
            }
        }
        List<SymbolFact> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.version() == newest.get(r.extractor())) {
                out.add(r.fact());
            }
        }
        out.sort(Comparator.comparingInt(SymbolFact::lineStart));
        return List.copyOf(out);
    }
}
