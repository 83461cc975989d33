package dev.memlayer.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 clients against the packaged service while the indexer publishes in a loop and gc runs: no
 * request fails, no SQLITE_BUSY reaches anyone, the WAL stays bounded. About 20 s in the suite, with
 * 200 ms between a client's requests so two CI cores leave the indexer room to publish;
 * {@code scripts/soak --minutes N --pause-ms MS} sets {@code memlayer.soak.seconds} and
 * {@code memlayer.soak.pause-ms} for the long, harder version.
 */
class ReadersVsWritersSoakTest {

    static final String SECONDS_PROPERTY = "memlayer.soak.seconds";
    static final String PAUSE_PROPERTY = "memlayer.soak.pause-ms";
    static final int CLIENTS = 32;
    /** Checkpoints truncate the WAL after every run; a WAL this large means they stopped working. */
    static final long MAX_WAL_BYTES = 32L * 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void clientsQueryWhileIndexerPublishesAndGcRuns_noErrorsAndBoundedWal() throws Exception {
        int seconds = Integer.getInteger(SECONDS_PROPERTY, 20);
        long pauseMs = Long.getLong(PAUSE_PROPERTY, 200);

        SoakReport report = new ReadersVsWritersSoak(tmp, CLIENTS, 60, pauseMs).run(Duration.ofSeconds(seconds));

        System.out.println(report.line());
        Path out = Path.of("target", "soak-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.line() + System.lineSeparator());
        assertThat(report.errorSamples()).isEmpty();
        assertThat(report.errors()).isZero();
        assertThat(report.busyInServiceLog()).isFalse();
        assertThat(report.snapshotsPublished()).isGreaterThanOrEqualTo(ReadersVsWritersSoak.MIN_PUBLISHES);
        assertThat(report.gcRuns()).isGreaterThanOrEqualTo(1);
        assertThat(report.requests()).isGreaterThan(report.snapshotsPublished() * 10L);
        assertThat(report.maxWalBytes()).isLessThan(MAX_WAL_BYTES);
    }
}
