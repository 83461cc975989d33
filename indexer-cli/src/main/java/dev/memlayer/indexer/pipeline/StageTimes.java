package dev.memlayer.indexer.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wall time per stage of one run, for the debug log: a short incremental run is mostly fixed costs
 * (start-up, walk, graph, retention), and this line says which. Confined to the run's thread.
 */
final class StageTimes {

    private final Map<String, Long> micros = new LinkedHashMap<>();
    private final long startedNanos = System.nanoTime();
    private long lastNanos = startedNanos;

    /** Charges the time since the previous lap (or since construction) to {@code stage}. */
    void lap(String stage) {
        long now = System.nanoTime();
        micros.merge(stage, (now - lastNanos) / 1_000, Long::sum);
        lastNanos = now;
    }

    /** {@code "jvm+start 812 ms | lock 3 ms, walk 240 ms, … | run 1530 ms"}. */
    String line() {
        StringBuilder sb = new StringBuilder();
        sinceProcessStart().ifPresent(d -> sb.append("before the run ").append(d.toMillis()).append(" ms | "));
        micros.forEach((stage, us) -> sb.append(stage).append(' ').append(us / 1_000).append(" ms, "));
        sb.append("| run ").append((lastNanos - startedNanos) / 1_000_000).append(" ms");
        return sb.toString();
    }

    /** JVM + Quarkus start-up up to this run, when the platform tells the process start time. */
    private Optional<Duration> sinceProcessStart() {
        Optional<Instant> start = ProcessHandle.current().info().startInstant();
        long runAgeMs = (System.nanoTime() - startedNanos) / 1_000_000;
        return start.map(s -> Duration.between(s, Instant.now()).minusMillis(runAgeMs));
    }
}
