package dev.memlayer.indexer.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** {@link Progress} drawn on one terminal line with carriage returns; not thread-safe (writer thread only). */
final class TerminalProgress implements Progress {

    static final long INTERVAL_MS = 500;
    private static final long NANOS_PER_MS = 1_000_000;

    private final int total;
    private final PrintStream out;
    private final LongSupplier nanos;
    private final long startNanos;
    private long lastDrawNanos;
    private int done;
    private int drawnWidth;

    TerminalProgress(int total, PrintStream out, LongSupplier nanos) {
        this.total = total;
        this.out = out;
        this.nanos = nanos;
        this.startNanos = nanos.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    @Override
    public void advance() {
        done++;
        long now = nanos.getAsLong();
        if (now - lastDrawNanos >= INTERVAL_MS * NANOS_PER_MS) {
            lastDrawNanos = now;
            draw(now);
        }
    }

    @Override
    public void finish() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = String.format(Locale.ROOT, "memlayer: %d/%d files, %.0f files/s", done, total, done / seconds);
        String pad = line.length() < drawnWidth ? " ".repeat(drawnWidth - line.length()) : "";
        out.print("\r" + line + pad);
        out.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }
}
