package dev.memlayer.indexer.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSizeTest {

    @TempDir
    Path tmp;

    @Test
    void onDisk_countsTheWriteAheadLogToo() throws Exception {
        Path db = Files.write(tmp.resolve("m.db"), new byte[4096]);
        assertThat(DatabaseSize.onDisk(db)).isEqualTo(4096);

        Files.write(tmp.resolve("m.db-wal"), new byte[1000]);

        assertThat(DatabaseSize.onDisk(db)).isEqualTo(5096);
    }
}
