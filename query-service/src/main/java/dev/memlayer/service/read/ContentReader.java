package dev.memlayer.service.read;

import dev.memlayer.service.config.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

/**
 * File text by content hash, from the {@code contents} table (never from the repository). Text
 * is immutable per hash, so decoded files are kept in a bounded LRU measured in characters: a
 * cache keyed by content can be evicted but never be stale.
 */
@ApplicationScoped
public class ContentReader {

    /** Primary-key lookup. */
    static final String SELECT_CONTENT = "SELECT compression, data FROM contents WHERE content_hash = ?";

    private final ReaderPool pool;
    private final long capacityChars;
    private final LinkedHashMap<String, String> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedChars;
    private final CacheCounters counters = new CacheCounters();

    public ContentReader(ReaderPool pool, ServiceConfig config) {
        this.pool = pool;
        this.capacityChars = config.contentCacheChars();
    }

    /** The text of {@code contentHash}, or empty when the row is gone (garbage-collected). */
    public Optional<String> text(String contentHash) throws SQLException {
        String cached = cached(contentHash);
        if (cached != null) {
            counters.hit();
            return Optional.of(cached);
        }
        counters.miss();
        Optional<String> loaded = load(contentHash);
        loaded.ifPresent(text -> remember(contentHash, text));
        return loaded;
    }

    /** Hits and misses of the decoded-text cache. */
    public CacheCounters counters() {
        return counters;
    }

    private Optional<String> load(String contentHash) throws SQLException {
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SELECT_CONTENT)) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(decode(rs.getString(1), rs.getBytes(2)));
            }
        }
    }

    static String decode(String compression, byte[] data) {
        if ("none".equals(compression)) {
            return new String(data, StandardCharsets.UTF_8);
        }
        if (!"deflate".equals(compression)) {
            throw new IllegalStateException("unknown content compression '" + compression + "'");
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt deflate content: " + e.getMessage(), e);
        }
    }

    private synchronized String cached(String hash) {
        return cache.get(hash);
    }

    private synchronized void remember(String hash, String text) {
        if (text.length() > capacityChars / 4 || cache.containsKey(hash)) {
            return;
        }
        cache.put(hash, text);
        cachedChars += text.length();
        var it = cache.entrySet().iterator();
        while (cachedChars > capacityChars && it.hasNext()) {
            Map.Entry<String, String> eldest = it.next();
            cachedChars -= eldest.getValue().length();
            it.remove();
        }
    }
}
