package dev.memlayer.service.metrics;

import dev.memlayer.service.read.CacheCounters;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.SnapshotCatalog;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Hit rates of the in-memory caches of {@code read/}: {@code memlayer_cache_gets_total{cache,
 * result="hit"|"miss"}} (rate them for a windowed hit rate) and {@code memlayer_cache_hit_ratio
 * {cache}} since start. Caches: {@code content} (decoded file text by hash), {@code calls}
 * (the names a content calls, by content hash), {@code versions} (older snapshot views asked for explicitly).
 */
@ApplicationScoped
public class CacheMetrics {

    static final String GETS = "memlayer.cache.gets";
    static final String HIT_RATIO = "memlayer.cache.hit.ratio";

    private final Map<String, CacheCounters> caches;

    public CacheMetrics(ContentReader contents, CallReader calls, SnapshotCatalog catalog) {
        this.caches = Map.of(
                "content", contents.counters(),
                "calls", calls.counters(),
                "versions", catalog.versionCacheCounters());
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        caches.forEach((name, counters) -> {
            FunctionCounter.builder(GETS, counters, CacheCounters::hits).tags("cache", name, "result", "hit")
                    .description("Lookups in the cache, by result").register(registry);
            FunctionCounter.builder(GETS, counters, CacheCounters::misses).tags("cache", name, "result", "miss")
                    .description("Lookups in the cache, by result").register(registry);
            Gauge.builder(HIT_RATIO, counters, CacheMetrics::hitRatio).tags("cache", name)
                    .description("Share of lookups answered from the cache since start (NaN before any)")
                    .register(registry);
        });
    }

    static double hitRatio(CacheCounters c) {
        long hits = c.hits();
        long total = hits + c.misses();
        return total == 0 ? Double.NaN : (double) hits / total;
    }
}
