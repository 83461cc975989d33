package dev.memlayer.indexer.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes a database takes on disk: the file plus its write-ahead log ({@code <db>-wal}), which can be large. */
public final class DatabaseSize {

    private DatabaseSize() {
    }

    public static long onDisk(Path db) throws IOException {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        return Files.size(db) + (Files.isRegularFile(wal) ? Files.size(wal) : 0);
    }
}
