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
 * Streams one snapshot's manifest rows, new contents and their lexical documents into the database in batched
 * transactions (one commit per {@code batchSize} files with new content or facts, or per {@value
 * #LISTING_ROWS_PER_BATCH} × {@code batchSize} rows that only list an unchanged file), so memory stays
 * bounded. Readers never wait for a writer in WAL mode; each commit appends every page it touched to
 * the WAL, so a run that only lists files (the usual incremental run) commits rarely (when the content
 * index was keyed by hash alone, its rows landed on scattered pages that every commit wrote again).
 * Rows stay invisible to readers until {@link SnapshotPublisher} flips the snapshot to 'ready'.
 *
 * <p>Rows of files taken unchanged from the previous snapshot ({@link #reuse}) are not sent one by one:
 * when they are most of the snapshot (the usual incremental run), {@link #finish} copies them inside
 * SQLite from the previous snapshot's rows in one {@code INSERT … SELECT}, which costs a fraction of
 * binding thousands of rows through JDBC; the rows are the same either way. Not thread-safe: one
 * writer thread per run.
 */
public final class ManifestWriter implements AutoCloseable {

    private final Connection c;
    private final WriterTurn turn;
    private final long snapshotId;
    private final int batchSize;
    private final PreparedStatement manifest;
    private final PreparedStatement contents;
    private final FactsWriter facts;
    private final PreparedStatement blobs;
    private final LexicalIndexWriter lexical;
    /** A row listing an unchanged file costs a fraction of one carrying content: this many fit in a batch. */
    static final int LISTING_ROWS_PER_BATCH = 40;

    private final PreviousSnapshot previous;
    /** Rows taken unchanged from {@link #previous}, written by {@link #finish}. */
    private final List<ManifestEntry> reused = new ArrayList<>();
    /** Paths of rows written by {@link #add}. */
    private final Set<String> written = new HashSet<>();
    private int pending;
    private int pendingWork;

    /**
     * @param turn held for each transaction (its statements all run in {@link #flush} and {@link #finish})
     * @param previous the snapshot rows passed to {@link #reuse} come from ({@link PreviousSnapshot#NONE} if none)
     */
    public ManifestWriter(Connection c, WriterTurn turn, long snapshotId, int batchSize, PreviousSnapshot previous)
            throws SQLException {
        this.c = c;
        this.turn = turn;
        this.snapshotId = snapshotId;
        this.previous = previous;
        this.batchSize = Math.max(1, batchSize);
        this.manifest = c.prepareStatement(SnapshotRepository.INSERT_MANIFEST);
        this.contents = c.prepareStatement(SnapshotRepository.INSERT_CONTENT);
        this.facts = new FactsWriter(c);
        this.blobs = c.prepareStatement(INSERT_BLOB);
        this.lexical = new LexicalIndexWriter(c);
        // after preparing: inside a transaction, the schema read a prepare may do would open a read
        // snapshot that another connection's commit (the churn thread's) could make unwritable
        c.setAutoCommit(false);
    }

    /** Copies the previous snapshot's rows whose path the new snapshot has no row for yet. */
    static final String COPY_PREVIOUS = "INSERT INTO manifest"
            + " (snapshot_id, path, content_hash, size, mtime_ms, language, lines)"
            + " SELECT ?, p.path, p.content_hash, p.size, p.mtime_ms, p.language, p.lines FROM manifest p"
            + " WHERE p.snapshot_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM manifest n WHERE n.snapshot_id = ? AND n.path = p.path)";
    static final String DELETE_ROW = "DELETE FROM manifest WHERE snapshot_id = ? AND path = ?";

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
        addRow(e);
        written.add(e.path());
        if (content != null) {
            contents.setString(1, content.contentHash());
            contents.setLong(2, content.size());
            contents.setBytes(3, content.deflated());
            contents.addBatch();
            lexical.add(content.contentHash(), content.lexical());
        }
        pending++;
        pendingWork += content != null || !extracted.isEmpty() ? LISTING_ROWS_PER_BATCH : 1;
        if (pendingWork >= batchSize * LISTING_ROWS_PER_BATCH) {
            flush();
        }
    }

    /**
     * Lists a file whose row is the previous snapshot's row, unchanged (same path, content and stat);
     * written by {@link #finish}.
     */
    public void reuse(ManifestEntry e) {
        reused.add(e);
    }

    /**
     * Writes the reused rows and commits everything. Copied inside SQLite when they are at least half of
     * the previous snapshot: every previous row the run wrote no row for is copied, then the few that
     * are not reused (files removed or skipped since) are deleted again.
     */
    public void finish() throws SQLException {
        if (reused.isEmpty() || reused.size() * 2L < previous.manifest().size()) {
            for (ManifestEntry e : reused) {
                addRow(e);
                pending++;
                if (++pendingWork >= batchSize * LISTING_ROWS_PER_BATCH) {
                    flush();
                }
            }
            reused.clear();
            flush();
            return;
        }
        flush();
        Set<String> kept = new HashSet<>(written);
        reused.forEach(e -> kept.add(e.path()));
        turn.take(() -> copyPrevious(kept));
        reused.clear();
    }

    private void copyPrevious(Set<String> kept) throws SQLException {
        try (PreparedStatement copy = c.prepareStatement(COPY_PREVIOUS);
                PreparedStatement delete = c.prepareStatement(DELETE_ROW)) {
            copy.setLong(1, snapshotId);
            copy.setLong(2, previous.snapshotId());
            copy.setLong(3, snapshotId);
            copy.executeUpdate();
            for (String path : previous.manifest().keySet()) {
                if (!kept.contains(path)) {
                    delete.setLong(1, snapshotId);
                    delete.setString(2, path);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private void addRow(ManifestEntry e) throws SQLException {
        manifest.setLong(1, snapshotId);
        manifest.setString(2, e.path());
        manifest.setString(3, e.contentHash());
        manifest.setLong(4, e.size());
        manifest.setLong(5, e.mtimeMs());
        manifest.setString(6, e.language());
        manifest.setInt(7, e.lines());
        manifest.addBatch();
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
            if (pending > 0 || !reused.isEmpty()) {
                c.rollback(); // not finished: the run failed; never let setAutoCommit commit half a batch
            }
            manifest.close();
            contents.close();
            facts.close();
            blobs.close();
            lexical.close();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
