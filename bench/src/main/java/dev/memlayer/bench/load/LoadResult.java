package dev.memlayer.bench.load;

import java.util.List;

/**
 * One closed-loop measurement of {@code POST /v1/context}.
 *
 * @param requests      completed requests in the measured window (errors included)
 * @param rps           requests per second
 * @param p50Ms         client-side latency percentiles and maximum, whole response received
 * @param errors        non-200 answers and failed requests
 * @param errorSamples  up to three distinct error descriptions
 * @param planP50Ms     the service's own {@code timings_ms.plan}, median and p99
 * @param totalP50Ms    the service's own {@code timings_ms.total}, median and p99
 */
public record LoadResult(long requests, double rps, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                         double meanMs, long errors, List<String> errorSamples, double planP50Ms, double planP99Ms,
                         double totalP50Ms, double totalP99Ms) {

    public LoadResult {
        errorSamples = List.copyOf(errorSamples);
    }
}
