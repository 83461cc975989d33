package dev.memlayer.service.read;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts of file contents by content hash, least recently used first out, with hit and miss counts. A content's
 * facts change only when a newer extractor version reads it, and a run publishes that with a new snapshot: the
 * owner empties the cache whenever the catalog's views change ({@link #clear}).
 */
final class ContentCache<V> {

    /** Reads one content's facts on a miss. */
    interface Loader<V> {
        V load(String contentHash) throws SQLException;
    }

    private final CacheCounters counters = new CacheCounters();
    private final Map<String, V> entries;

    ContentCache(int capacity) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(String contentHash, Loader<V> loader) throws SQLException {
        synchronized (entries) {
            V known = entries.get(contentHash);
            if (known != null) {
                counters.hit();
                return known;
            }
        }
        counters.miss();
        V loaded = loader.load(contentHash);
        synchronized (entries) {
            entries.put(contentHash, loaded);
        }
        return loaded;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    CacheCounters counters() {
        return counters;
    }
}
