package dev.memlayer.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where and when a report was measured: the machine is shared, so its load average is part of the result.
 *
 * @param cores      available processors
 * @param cpu        model name from /proc/cpuinfo
 * @param java       runtime version
 * @param startedAt  when the matrix started
 * @param loadStart  1-minute load average at the start
 * @param loadEnd    1-minute load average at the end (filled in by {@link #finished})
 * @param finishedAt when it ended
 */
public record Machine(int cores, String cpu, String java, String startedAt, double loadStart, double loadEnd,
                      String finishedAt) {

    public static Machine now() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name") + " " + Runtime.version(), Instant.now().toString(), loadAverage(), -1, null);
    }

    public Machine finished() {
        return new Machine(cores, cpu, java, startedAt, loadStart, loadAverage(), Instant.now().toString());
    }

    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
