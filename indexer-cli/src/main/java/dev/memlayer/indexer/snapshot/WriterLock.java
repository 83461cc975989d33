package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.IndexerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One writer per database: an OS file lock on {@code <db>.lock}, held for a whole run. The lock
 * dies with the process, so a crashed run never leaves it behind (the file itself stays, empty).
 * A second run polls for up to the configured wait, then gives up with one line.
 * Within one JVM a held lock shows up as {@link OverlappingFileLockException}; that is treated the
 * same as another process holding it.
 */
public final class WriterLock implements AutoCloseable {

    public static final String SUFFIX = ".lock";
    private static final long POLL_MS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + SUFFIX);
    }

    /** Acquires the lock of {@code db}, waiting at most {@code wait}. */
    public static WriterLock acquire(Path db, Duration wait) {
        Path file = lockFile(db);
        long deadline = System.nanoTime() + wait.toNanos();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new WriterLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IndexerException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw new IndexerException("interrupted while waiting for the lock on " + db, e);
        }
        closeQuietly(channel);
        throw new IndexerException("another index is writing " + db + " (waited " + wait.toSeconds() + " s)");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
