package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.lexical.LexicalIndexWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Streams one snapshot's manifest rows, new contents and their lexical documents into the database in batched
 * transactions (one commit per {@code batchSize} rows), so memory stays bounded and a reader
 * is never blocked for long. Rows stay invisible to readers until {@link SnapshotPublisher}
 * flips the snapshot to 'ready'. Not thread-safe: one writer thread per run.
 */
public final class ManifestWriter implements AutoCloseable {

    private final Connection c;
    private final long snapshotId;
    private final int batchSize;
    private final PreparedStatement manifest;
    private final PreparedStatement contents;
    private final LexicalIndexWriter lexical;
    private int pending;

    public ManifestWriter(Connection c, long snapshotId, int batchSize) throws SQLException {
        this.c = c;
        this.snapshotId = snapshotId;
        this.batchSize = Math.max(1, batchSize);
        c.setAutoCommit(false);
        this.manifest = c.prepareStatement(SnapshotRepository.INSERT_MANIFEST);
        this.contents = c.prepareStatement(SnapshotRepository.INSERT_CONTENT);
        this.lexical = new LexicalIndexWriter(c);
    }

    /** Adds a manifest row, and the file's content when it may not be stored yet ({@code null} otherwise). */
    public void add(ManifestEntry e, NewContent content) throws SQLException {
        manifest.setLong(1, snapshotId);
        manifest.setString(2, e.path());
        manifest.setString(3, e.contentHash());
        manifest.setLong(4, e.size());
        manifest.setLong(5, e.mtimeMs());
        manifest.setString(6, e.language());
        manifest.setInt(7, e.lines());
        manifest.addBatch();
        if (content != null) {
            contents.setString(1, content.contentHash());
            contents.setLong(2, content.size());
            contents.setBytes(3, content.deflated());
            contents.addBatch();
            lexical.add(content.contentHash(), content.lexical());
        }
        if (++pending >= batchSize) {
            flush();
        }
    }

    /** Writes and commits what is pending. */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            contents.executeBatch();
            lexical.flush(); // after contents: a document takes its content's rowid
            manifest.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                c.rollback(); // not flushed: the run failed; never let setAutoCommit commit half a batch
            }
            manifest.close();
            contents.close();
            lexical.close();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
