package dev.memlayer.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time (user + system) a live process has used so far, from {@code /proc/<pid>/stat}. */
public final class ProcCpu {

    /** USER_HZ: clock ticks per second of /proc/<pid>/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcCpu() {
    }

    /** Milliseconds of CPU, or -1 once the process is gone. */
    public static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces) start at field 3 (state).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Math.round(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
