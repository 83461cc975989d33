package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static final long MS = 1_000_000;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void advance_withinInterval_printsNothing() {
        Progress p = new TerminalProgress(100, out, now::get);
        for (int i = 0; i < 50; i++) {
            now.addAndGet(5 * MS);
            p.advance();
        }

        assertThat(printed()).isEmpty();
    }

    @Test
    void advance_afterInterval_drawsDoneTotalAndRateOnOneLine() {
        Progress p = new TerminalProgress(9000, out, now::get);
        for (int i = 0; i < 500; i++) {
            now.addAndGet(MS + MS / 5); // 1.2 ms a file: the 500 ms mark falls on file 417
            p.advance();
        }

        assertThat(printed()).isEqualTo("\rmemlayer: 417/9000 files, 833 files/s");
    }

    @Test
    void finish_afterDrawing_erasesTheLine() {
        Progress p = new TerminalProgress(10, out, now::get);
        now.addAndGet(600 * MS);
        p.advance();
        String line = printed().substring(1);

        p.finish();

        assertThat(printed()).endsWith("\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void none_andStartWithoutTerminal_printNothing() {
        // surefire runs without a console, as a git hook or cron job does
        assertThat(Progress.start(10, true)).isSameAs(Progress.none());
        assertThat(Progress.start(10, false)).isSameAs(Progress.none());
    }
}
