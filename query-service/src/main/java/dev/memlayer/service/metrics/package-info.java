/**
 * What {@code /q/metrics} (Micrometer, Prometheus format) shows beyond the built-in JVM and HTTP
 * meters: latency histograms for {@code http.server.requests} (one series per endpoint, so
 * percentiles can be computed across instances), the age of each project's newest ready
 * snapshot, and hit/miss counts of the in-memory caches of {@code read/}. Meters only read state
 * the other packages already keep; nothing here changes what a request does.
 */
package dev.memlayer.service.metrics;
