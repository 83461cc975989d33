package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.WriterTurn;
import dev.memlayer.indexer.extract.Extracted;
import dev.memlayer.indexer.extract.FactsWriter;
import dev.memlayer.indexer.lexical.LexicalIndexWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams one snapshot's manifest changes, new contents and their lexical documents into the database in
 * batched transactions (one commit per {@code batchSize} files with new content or facts, or per {@value
 * #LISTING_ROWS_PER_BATCH} × {@code batchSize} rows that only list a file), so memory stays bounded.
 * Readers never wait for a writer in WAL mode.
 *
 * <p>Manifest rows are shared between snapshots (see {@code V6__shared_snapshot_rows.sql}): the previous
 * snapshot's rows are the current ones, so a file listed with exactly its previous row costs nothing; a
 * new or changed row is inserted from this snapshot on and the row it replaces is closed at this
 * snapshot; {@link #finish} closes the rows of files the run did not list (removed or skipped). A
 * snapshot that never publishes is undone by {@link SnapshotPublisher#fail}. Not thread-safe: one writer
 * thread per run.
 */
public final class ManifestWriter implements AutoCloseable {

    private final Connection c;
    private final WriterTurn turn;
    private final String projectId;
    private final long snapshotId;
    private final int batchSize;
    private final PreparedStatement manifest;
    private final PreparedStatement close;
    private final PreparedStatement contents;
    private final FactsWriter facts;
    private final PreparedStatement blobs;
    private final LexicalIndexWriter lexical;
    /** A row listing a file costs a fraction of one carrying content: this many fit in a batch. */
    static final int LISTING_ROWS_PER_BATCH = 40;

    private final PreviousSnapshot previous;
    /** Paths the run listed (written or unchanged). */
    private final Set<String> listed = new HashSet<>();
    private int pending;
    private int pendingWork;

    /**
     * @param turn held for each transaction (its statements all run in {@link #flush})
     * @param previous the project's latest ready snapshot, whose rows are the current ones ({@link
     *                 PreviousSnapshot#NONE} if none)
     */
    public ManifestWriter(Connection c, WriterTurn turn, String projectId, long snapshotId, int batchSize,
            PreviousSnapshot previous) throws SQLException {
        this.c = c;
        this.turn = turn;
        this.projectId = projectId;
        this.snapshotId = snapshotId;
        this.previous = previous;
        this.batchSize = Math.max(1, batchSize);
        this.manifest = c.prepareStatement(SnapshotRepository.INSERT_MANIFEST);
        this.close = c.prepareStatement(RowRanges.CLOSE_MANIFEST_ROW);
        this.contents = c.prepareStatement(SnapshotRepository.INSERT_CONTENT);
        this.facts = new FactsWriter(c);
        this.blobs = c.prepareStatement(INSERT_BLOB);
        this.lexical = new LexicalIndexWriter(c);
        // after preparing: inside a transaction, the schema read a prepare may do would open a read
        // snapshot that another connection's commit (the churn thread's) could make unwritable
        c.setAutoCommit(false);
    }

    static final String INSERT_BLOB = "INSERT OR IGNORE INTO git_blobs (blob_sha, content_hash) VALUES (?, ?)";
    static final String SELECT_BLOBS = "SELECT blob_sha, content_hash FROM git_blobs";

    /** Git blob id → content hash of every blob read by earlier {@code --rev} runs. */
    public static Map<String, String> knownBlobs(Connection c) throws SQLException {
        Map<String, String> known = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_BLOBS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                known.put(rs.getString(1), rs.getString(2));
            }
        }
        return known;
    }

    /**
     * Adds a manifest row, the file's content when it may not be stored yet ({@code null}
     * otherwise), the facts extracted from it in this run, and the git blob it was read from (or null).
     */
    public void add(ManifestEntry e, NewContent content, List<Extracted> extracted, String blobId)
            throws SQLException {
        if (blobId != null) {
            blobs.setString(1, blobId);
            blobs.setString(2, e.contentHash());
            blobs.addBatch();
        }
        for (Extracted x : extracted) {
            facts.add(x);
        }
        list(e);
        if (content != null) {
            contents.setString(1, content.contentHash());
            contents.setLong(2, content.size());
            contents.setBytes(3, content.deflated());
            contents.addBatch();
            lexical.add(content.contentHash(), content.lexical());
        }
        count(content != null || !extracted.isEmpty() ? LISTING_ROWS_PER_BATCH : 1);
    }

    private void count(int work) throws SQLException {
        pending++;
        pendingWork += work;
        if (pendingWork >= batchSize * LISTING_ROWS_PER_BATCH) {
            flush();
        }
    }

    /**
     * Lists a file whose row is the previous snapshot's row, unchanged (same path, content and stat): the
     * current row already says so.
     */
    public void reuse(ManifestEntry e) throws SQLException {
        if (list(e)) {
            count(1);
        }
    }

    /** Closes the rows of the previous snapshot's files the run did not list, and commits everything. */
    public void finish() throws SQLException {
        for (String path : previous.manifest().keySet()) {
            if (!listed.contains(path)) {
                closeRow(path);
                count(1);
            }
        }
        flush();
    }

    /** Lists {@code e} in the snapshot; returns whether that needs a row written (it is not the current one). */
    private boolean list(ManifestEntry e) throws SQLException {
        listed.add(e.path());
        ManifestEntry current = previous.manifest().get(e.path());
        if (e.equals(current)) {
            return false;
        }
        if (current != null) {
            closeRow(e.path());
        }
        manifest.setString(1, projectId);
        manifest.setString(2, e.path());
        manifest.setLong(3, snapshotId);
        manifest.setString(4, e.contentHash());
        manifest.setLong(5, e.size());
        manifest.setLong(6, e.mtimeMs());
        manifest.setString(7, e.language());
        manifest.setInt(8, e.lines());
        manifest.addBatch();
        return true;
    }

    private void closeRow(String path) throws SQLException {
        close.setLong(1, snapshotId);
        close.setString(2, projectId);
        close.setString(3, path);
        close.addBatch();
    }

    /** Writes and commits what is pending. */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        turn.take(this::commitPending);
        pending = 0;
        pendingWork = 0;
    }

    private void commitPending() throws SQLException {
        try {
            contents.executeBatch();
            lexical.flush(); // after contents: a document takes its content's rowid
            close.executeBatch(); // before the inserts: a closed row and its successor share the path
            manifest.executeBatch();
            facts.flush();
            blobs.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                c.rollback(); // not finished: the run failed; never let setAutoCommit commit half a batch
            }
            manifest.close();
            close.close();
            contents.close();
            facts.close();
            blobs.close();
            lexical.close();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
