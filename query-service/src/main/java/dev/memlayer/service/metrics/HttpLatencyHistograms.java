package dev.memlayer.service.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Publishes {@code http.server.requests} as a Prometheus histogram ({@code _bucket} series per
 * method, uri and status), so p50/p99 per endpoint can be computed with {@code histogram_quantile}.
 * Buckets span 0.5 ms to 10 s: the service answers in milliseconds, and fewer buckets keep the
 * scrape small.
 */
public class HttpLatencyHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final Duration SMALLEST = Duration.ofNanos(500_000);
    static final Duration LARGEST = Duration.ofSeconds(10);

    @Produces
    @Singleton
    MeterFilter httpServerHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) SMALLEST.toNanos())
                        .maximumExpectedValue((double) LARGEST.toNanos())
                        .build()
                        .merge(config);
            }
        };
    }
}
