package dev.memlayer.service.read;

import java.util.concurrent.atomic.LongAdder;

/**
 * Hits and misses of one in-memory cache of this package, counted where the lookup happens and
 * read by the metrics binder (the read side stays free of any metrics library). Cheap under
 * contention: each count is a {@link LongAdder}.
 */
public final class CacheCounters {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
