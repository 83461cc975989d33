package dev.memlayer.indexer.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.IndexerException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {

    @TempDir
    Path tmp;

    @Test
    void acquire_whileHeld_failsAfterWaitWithOneLine() {
        Path db = tmp.resolve("m.db");
        try (WriterLock held = WriterLock.acquire(db, Duration.ZERO)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> WriterLock.acquire(db, Duration.ofMillis(300)))
                    .isInstanceOf(IndexerException.class)
                    .hasMessage("another index is writing " + db + " (waited 0 s)");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void acquire_afterRelease_succeeds() {
        Path db = tmp.resolve("m.db");
        WriterLock.acquire(db, Duration.ZERO).close();
        try (WriterLock again = WriterLock.acquire(db, Duration.ZERO)) {
            assertThat(WriterLock.lockFile(db)).exists();
        }
    }
}
