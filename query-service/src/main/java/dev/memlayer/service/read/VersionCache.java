package dev.memlayer.service.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small LRU of explicitly requested older snapshot views. Keys are (project, version): a ready
 * snapshot never changes, so an entry can never be stale, only evicted.
 */
final class VersionCache {

    private record Key(String projectId, long version) {
    }

    private final Map<Key, SnapshotView> entries;
    private final CacheCounters counters = new CacheCounters();

    VersionCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SnapshotView> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SnapshotView> get(String projectId, long version) {
        SnapshotView view = entries.get(new Key(projectId, version));
        if (view == null) {
            counters.miss();
        } else {
            counters.hit();
        }
        return Optional.ofNullable(view);
    }

    CacheCounters counters() {
        return counters;
    }

    synchronized void put(SnapshotView view) {
        entries.put(new Key(view.project().id(), view.version()), view);
    }
}
