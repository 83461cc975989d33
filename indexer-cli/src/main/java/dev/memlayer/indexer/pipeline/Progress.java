package dev.memlayer.indexer.pipeline;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr ({@code 1234/9000 files, 850 files/s}), redrawn at most every
 * {@value TerminalProgress#INTERVAL_MS} ms. Shown only when asked for (never with {@code --json}) and
 * when the process has a terminal ({@code System.console() != null}): a git hook or a cron job runs
 * without one, so it stays quiet there. Called from the writer thread only.
 */
public interface Progress {

    /** One more file done. */
    void advance();

    /** Erases the progress line; the command's own output follows on a clean line. */
    void finish();

    /** A progress that prints nothing. */
    static Progress none() {
        return Silent.INSTANCE;
    }

    /** Progress over {@code total} files on stderr, or {@link #none()} unless {@code wanted} and on a terminal. */
    static Progress start(int total, boolean wanted) {
        return wanted && System.console() != null ? new TerminalProgress(total, System.err, System::nanoTime) : none();
    }

    /** The no-op progress. */
    enum Silent implements Progress {
        INSTANCE;

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    }
}
