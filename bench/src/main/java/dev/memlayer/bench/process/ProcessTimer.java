package dev.memlayer.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a process to completion, timing its wall clock and watching its peak memory. */
public final class ProcessTimer {

    private ProcessTimer() {
    }

    public static TimedRun run(ProcessBuilder builder, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench-out", ".txt");
        Path err = Files.createTempFile("bench-err", ".txt");
        try {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            try (MemoryWatcher memory = MemoryWatcher.start(process.pid())) {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException(String.join(" ", builder.command()) + " timed out after "
                            + timeoutSeconds + " s");
                }
                long wallMs = (System.nanoTime() - start) / 1_000_000;
                return new TimedRun(wallMs, process.exitValue(), Files.readString(out), Files.readString(err),
                        memory.peakMb());
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
