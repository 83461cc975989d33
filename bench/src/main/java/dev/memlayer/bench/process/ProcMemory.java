package dev.memlayer.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a live process from {@code /proc/<pid>/status} (Linux). */
public final class ProcMemory {

    private ProcMemory() {
    }

    /** {@code VmRSS} (current) in kB, or -1 once the process is gone. */
    public static long rssKb(long pid) {
        return field(pid, "VmRSS:");
    }

    /** {@code VmHWM} (peak resident set so far) in kB, or -1 once the process is gone. */
    public static long peakKb(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
