package dev.memlayer.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process to completion: wall clock, and through {@code /usr/bin/time} its CPU time (user +
 * system) and peak resident set. CPU time is what a shared, oversubscribed machine does not distort;
 * without {@code /usr/bin/time} the peak comes from polling /proc and CPU time is -1.
 */
public final class ProcessTimer {

    private static final Path TIME = Path.of("/usr/bin/time");

    private ProcessTimer() {
    }

    public static TimedRun run(ProcessBuilder original, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        Path usage = Files.createTempFile("bench-time", ".txt");
        boolean timed = Files.isExecutable(TIME);
        try {
            ProcessBuilder builder = original;
            if (timed) {
                List<String> command = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o",
                        usage.toString()));
                command.addAll(original.command());
                builder = new ProcessBuilder(command).directory(original.directory());
                builder.environment().clear();
                builder.environment().putAll(original.environment());
            }
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            try (MemoryWatcher memory = MemoryWatcher.start(process.pid())) {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException(String.join(" ", builder.command()) + " timed out after "
                            + timeoutSeconds + " s");
                }
                long wallMs = (System.nanoTime() - start) / 1_000_000;
                long cpuMs = -1;
                double peakMb = memory.peakMb();
                if (timed) {
                    String[] fields = lastLine(Files.readString(usage)).split(" ");
                    if (fields.length == 3) {
                        cpuMs = Math.round((Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000);
                        peakMb = Long.parseLong(fields[2]) / 1024.0;
                    }
                }
                return new TimedRun(wallMs, cpuMs, process.exitValue(), Files.readString(out), Files.readString(err),
                        peakMb);
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(usage);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
