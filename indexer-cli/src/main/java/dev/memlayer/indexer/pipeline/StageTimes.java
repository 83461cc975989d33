package dev.memlayer.indexer.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per stage of one run, for the debug log: a short incremental run is mostly fixed costs
 * (start-up, walk, graph, retention), and this line says which. With {@code threadCpu}, also the run
 * thread's own CPU per stage: on two cores a stage's wall time can be other threads' CPU (the churn
 * thread, the JIT compiler), and the two numbers side by side say so. Confined to the run's thread.
 */
final class StageTimes {

    private final Map<String, Long> micros = new LinkedHashMap<>();
    private final Map<String, Long> cpuMicros = new LinkedHashMap<>();
    /** Null unless asked for: the management classes cost a short run's start-up time otherwise. */
    private final ThreadMXBean threads;
    private final long startedNanos = System.nanoTime();
    private long lastNanos = startedNanos;
    private long lastCpuNanos;

    StageTimes(boolean threadCpu) {
        this.threads = threadCpu ? ManagementFactory.getThreadMXBean() : null;
        this.lastCpuNanos = threadCpu ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** Charges the time since the previous lap (or since construction) to {@code stage}. */
    void lap(String stage) {
        long now = System.nanoTime();
        micros.merge(stage, (now - lastNanos) / 1_000, Long::sum);
        lastNanos = now;
        if (threads != null) {
            long cpu = threads.getCurrentThreadCpuTime();
            cpuMicros.merge(stage, (cpu - lastCpuNanos) / 1_000, Long::sum);
            lastCpuNanos = cpu;
        }
    }

    /**
     * {@code "before the run 812 ms | open 3 ms, walk 240 ms (cpu 60), … | run 1530 ms"}; only for the
     * debug log.
     */
    String line() {
        StringBuilder sb = new StringBuilder();
        sb.append("before the run ").append(sinceJvmStart().toMillis()).append(" ms | ");
        micros.forEach((stage, us) -> {
            sb.append(stage).append(' ').append(us / 1_000).append(" ms");
            Long cpu = cpuMicros.get(stage);
            if (cpu != null) {
                sb.append(" (cpu ").append(cpu / 1_000).append(')');
            }
            sb.append(", ");
        });
        sb.append("| run ").append((lastNanos - startedNanos) / 1_000_000).append(" ms");
        return sb.toString();
    }

    /**
     * JVM and Quarkus start-up up to this run (the JVM's own start time, in milliseconds; the process
     * start time the OS reports is rounded to the second).
     */
    private Duration sinceJvmStart() {
        long runAgeMs = (System.nanoTime() - startedNanos) / 1_000_000;
        long startMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        return Duration.ofMillis(System.currentTimeMillis() - startMs - runAgeMs);
    }
}
