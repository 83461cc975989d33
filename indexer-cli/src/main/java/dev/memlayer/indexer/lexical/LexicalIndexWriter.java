package dev.memlayer.indexer.lexical;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes lexical documents for contents stored in this run, batched on the writer's connection and
 * transaction: {@link #add} queues, {@link #flush} executes after the {@code contents} rows of the same
 * batch were inserted and before the caller commits. A document is keyed by {@code contents.rowid}
 * and inserted only when that content has none yet: FTS5 does not reject a second row with the same
 * rowid, it silently doubles the postings, so the guard is in the statement. Not thread-safe: one
 * writer thread per run.
 */
public final class LexicalIndexWriter implements AutoCloseable {

    /** Inserts one document for a stored content, unless that content already has one. */
    public static final String INSERT_DOCUMENT = "INSERT INTO lexical (rowid, symbols, docs, body)"
            + " SELECT c.rowid, ?, ?, ? FROM contents c WHERE c.content_hash = ?"
            + " AND NOT EXISTS (SELECT 1 FROM lexical l WHERE l.rowid = c.rowid)";
    /** Removes the document of one content (contentless_delete = 1 allows it). */
    public static final String DELETE_DOCUMENT = "DELETE FROM lexical WHERE rowid = ?";
    /** Merges every segment into one (and drops deleted documents' postings); slow, for {@code gc --vacuum}. */
    public static final String OPTIMIZE = "INSERT INTO lexical (lexical) VALUES ('optimize')";

    private final PreparedStatement insert;
    private int pending;
    private long inserted;

    public LexicalIndexWriter(Connection c) throws SQLException {
        this.insert = c.prepareStatement(INSERT_DOCUMENT);
    }

    /** Queues the document of a content whose {@code contents} row is (or will be, in this batch) stored. */
    public void add(String contentHash, LexicalDocument doc) throws SQLException {
        insert.setString(1, doc.symbols());
        insert.setString(2, doc.docs());
        insert.setString(3, doc.body());
        insert.setString(4, contentHash);
        insert.addBatch();
        pending++;
    }

    /** Executes what is queued; the caller commits (or rolls back) with its own rows. */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (int n : insert.executeBatch()) {
            inserted += Math.max(0, n);
        }
        pending = 0;
    }

    /** Documents actually inserted so far (content that already had one is not counted). */
    public long inserted() {
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
