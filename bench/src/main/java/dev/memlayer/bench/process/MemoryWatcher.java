package dev.memlayer.bench.process;

/**
 * Polls a process's peak resident set ({@code VmHWM}) and current RSS every few milliseconds on a
 * daemon thread, so the peak survives the process's exit (the last sample is at most one period old).
 */
public final class MemoryWatcher implements AutoCloseable {

    private static final long PERIOD_MS = 20;

    private final long pid;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakKb;
    private volatile long maxRssKb;

    private MemoryWatcher(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::poll, "memory-watcher-" + pid);
        this.thread.setDaemon(true);
    }

    public static MemoryWatcher start(long pid) {
        MemoryWatcher watcher = new MemoryWatcher(pid);
        watcher.thread.start();
        return watcher;
    }

    private void poll() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long peak = ProcMemory.peakKb(pid);
        long rss = ProcMemory.rssKb(pid);
        if (peak > peakKb) {
            peakKb = peak;
        }
        if (rss > maxRssKb) {
            maxRssKb = rss;
        }
    }

    /** Peak resident set seen (VmHWM), in MB. */
    public double peakMb() {
        sample();
        return Math.max(peakKb, maxRssKb) / 1024.0;
    }

    /** Largest current RSS seen while watching (for a long-running process: its RSS during the run). */
    public double maxRssMb() {
        sample();
        return maxRssKb / 1024.0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
