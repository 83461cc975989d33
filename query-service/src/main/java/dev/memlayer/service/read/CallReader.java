package dev.memlayer.service.read;

import dev.memlayer.schema.SnapshotRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The names one file content calls, by content hash: each callee with how often and the first line it is called
 * on, from each extractor's newest version that read the content. Names as written at the call site ({@code vat},
 * not {@code TaxCalculator.vat}); the indexer resolves none of them. A bounded LRU by content hash, emptied whenever
 * the catalog's views change: a newer extractor version may have read a content remembered.
 */
@ApplicationScoped
public class CallReader {

    /** Uses the {@code UNIQUE (content_hash, extractor, extractor_version)} index of extractions. */
    static final String SELECT_CALLS =
            "SELECT c.callee, c.count, c.first_line FROM extractions e JOIN calls c ON c.extraction_id = e.id"
            + " WHERE e.content_hash = ? AND " + SnapshotRows.newestExtraction("e")
            + " ORDER BY c.count DESC, c.callee";

    /** Content hashes remembered at most. */
    static final int CAPACITY = 20_000;

    /** One name called, how many times, and the first line calling it. */
    public record Call(String callee, int count, int firstLine) {
    }

    private final ReaderPool pool;
    private final ContentCache<List<Call>> cache = new ContentCache<>(CAPACITY);

    public CallReader(ReaderPool pool) {
        this.pool = pool;
    }

    /** The calls of {@code contentHash}, most frequent first; empty when none were extracted. */
    public List<Call> of(String contentHash) throws SQLException {
        return cache.get(contentHash, this::load);
    }

    /** Hits and misses of the calls-by-content-hash cache. */
    public CacheCounters counters() {
        return cache.counters();
    }

    /** A new snapshot may bring a newer extraction of a content already remembered: read them all again. */
    void forget(@Observes CatalogState changed) {
        cache.clear();
    }

    private List<Call> load(String contentHash) throws SQLException {
        List<Call> calls = new ArrayList<>();
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SELECT_CALLS)) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.add(new Call(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return List.copyOf(calls);
    }
}
