package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.lexical.LexicalIndexWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the last N ready snapshots of every project and garbage-collects what nothing references:
 * older ready snapshots, and failed ones older than the oldest kept ready snapshot or beyond the
 * newest N failed (a recent failure keeps its error for {@code status}; its manifest is already gone),
 * then contents no manifest row references (and their lexical documents), extractions of such
 * contents (their facts cascade), churn sets no snapshot references, and git blob mappings whose
 * content is gone.
 *
 * <p>Expired snapshots are first flipped out of 'ready' in one short transaction, so no reader ever sees
 * one half deleted. Manifest and edge rows are shared by ranges of snapshots ({@code
 * V6__shared_snapshot_rows.sql}); the rows to delete are those that ended at or before the oldest
 * snapshot a project keeps (no kept snapshot holds them), one statement per table and project through
 * the partial indexes of closed rows. Sweeps run in transactions of at most {@value #BATCH} rows.
 *
 * <p>After a run, only what the deleted rows alone referenced can have become unreferenced, so that is
 * all {@link #afterRun} looks at (a run that expires a snapshot pays for the rows that ended, not for the
 * whole database); when a failed snapshot expires (its run may have left contents no manifest ever
 * listed) and in {@link #collect}, every table is swept. Needs the writer connection ({@code
 * foreign_keys} on, for the cascades) and the {@link WriterLock}: a run writing concurrently could
 * reference a content this pass believes unreferenced.
 */
public final class Retention {

    static final int BATCH = 500;
    /** Error text of a snapshot retention expired but did not finish deleting (the next pass does). */
    static final String EXPIRED = "expired: older than the kept snapshots";

    /**
     * Whether a manifest row lists the content {@code column} names ({@code manifest_by_hash}). Every
     * row left is held by a kept snapshot or by the run being built: rows of failed runs are undone and
     * rows only expired snapshots held are deleted first.
     */
    static String listed(String column) {
        return "EXISTS (SELECT 1 FROM manifest m WHERE m.content_hash = " + column + ")";
    }

    static final String SELECT_PROJECTS = "SELECT id FROM projects ORDER BY id";
    static final String SELECT_EXPIRED_READY = "SELECT id FROM snapshots WHERE project_id = ? AND status = 'ready'"
            + " ORDER BY version DESC LIMIT -1 OFFSET ?";
    static final String SELECT_STALE_FAILED = "SELECT id FROM snapshots WHERE project_id = ? AND status = 'failed'"
            + " AND (id < (SELECT min(id) FROM (SELECT id FROM snapshots WHERE project_id = ? AND status = 'ready'"
            + " ORDER BY version DESC LIMIT ?))"
            + " OR id NOT IN (SELECT id FROM snapshots WHERE project_id = ? AND status = 'failed'"
            + " ORDER BY id DESC LIMIT ?))";
    static final String MARK_EXPIRED = "UPDATE snapshots SET status = 'failed', version = NULL,"
            + " error = COALESCE(error, '" + EXPIRED + "') WHERE id = ?";
    /** Per project, the oldest ready snapshot left: rows that ended at or before it are held by none. */
    static final String SELECT_OLDEST_READY = "SELECT project_id, min(id) FROM snapshots WHERE status = 'ready'"
            + " GROUP BY project_id ORDER BY project_id";
    static final String SELECT_CONTENTS_OF = "SELECT rowid FROM contents WHERE content_hash IN " + SqlValues.ROWS
            + " ORDER BY rowid";
    static final String SELECT_EXTRACTIONS_OF = "SELECT id FROM extractions WHERE content_hash IN " + SqlValues.ROWS
            + " AND NOT " + listed("extractions.content_hash") + " ORDER BY id";
    static final String DELETE_BLOBS_OF = "DELETE FROM git_blobs WHERE content_hash IN " + SqlValues.ROWS
            + " AND NOT EXISTS (SELECT 1 FROM contents c WHERE c.content_hash = git_blobs.content_hash)";
    static final String DELETE_SNAPSHOT = "DELETE FROM snapshots WHERE id = ?";

    static final String SELECT_UNREFERENCED_CONTENTS = "SELECT c.rowid FROM contents c WHERE c.rowid > ?"
            + " AND NOT " + listed("c.content_hash")
            + " ORDER BY c.rowid LIMIT ?";
    static final String DELETE_CONTENT = "DELETE FROM contents WHERE rowid = ?"
            + " AND NOT " + listed("contents.content_hash");
    static final String SELECT_UNREFERENCED_EXTRACTIONS = "SELECT e.id FROM extractions e WHERE e.id > ?"
            + " AND NOT " + listed("e.content_hash")
            + " ORDER BY e.id LIMIT ?";
    static final String DELETE_EXTRACTION = "DELETE FROM extractions WHERE id = ?";
    static final String SELECT_UNREFERENCED_CHURN_SETS = "SELECT cs.id FROM churn_sets cs"
            + " WHERE NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.churn_set_id = cs.id) ORDER BY cs.id";
    static final String DELETE_CHURN = "DELETE FROM churn WHERE churn_set_id = ?";
    static final String DELETE_COCHANGE = "DELETE FROM cochange WHERE churn_set_id = ?";
    static final String DELETE_CHURN_SET = "DELETE FROM churn_sets WHERE id = ?";
    static final String SELECT_ORPHAN_BLOBS = "SELECT g.blob_sha FROM git_blobs g WHERE g.blob_sha > ?"
            + " AND NOT EXISTS (SELECT 1 FROM contents c WHERE c.content_hash = g.content_hash)"
            + " ORDER BY g.blob_sha LIMIT ?";
    static final String DELETE_GIT_BLOB = "DELETE FROM git_blobs WHERE blob_sha = ?";

    private final Connection c;
    private final int keep;

    /** @param keep ready snapshots kept per project; at least 1 */
    public Retention(Connection c, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, was " + keep);
        }
        this.c = c;
        this.keep = keep;
    }

    /**
     * After an index run: expires old snapshots and, only when something was removed, collects the
     * facts that became unreferenced, so a run that expires nothing pays two small queries.
     */
    public RetentionResult afterRun() throws SQLException {
        return run(false);
    }

    /** {@code memlayer gc}: expires old snapshots and always sweeps every table for unreferenced rows. */
    public RetentionResult collect() throws SQLException {
        return run(true);
    }

    private RetentionResult run(boolean alwaysSweep) throws SQLException {
        boolean auto = c.getAutoCommit();
        long usedBefore = usedBytes();
        try {
            Expired expired = expiredSnapshots();
            if (expired.isEmpty() && !alwaysSweep) {
                return RetentionResult.NOTHING;
            }
            for (long id : expired.ready()) {
                markExpired(id);
            }
            Set<String> onlyThere = deleteEndedRows();
            for (long id : expired.ready()) {
                update(DELETE_SNAPSHOT, id);
            }
            for (long id : expired.failed()) {
                update(DELETE_SNAPSHOT, id);
            }
            c.commit();
            boolean sweep = alwaysSweep || !expired.failed().isEmpty();
            long contents = sweep ? deleteUnreferencedContents(SELECT_UNREFERENCED_CONTENTS)
                    : deleteContents(onlyThere);
            long extractions = sweep ? deleteById(SELECT_UNREFERENCED_EXTRACTIONS, DELETE_EXTRACTION)
                    : deleteExtractions(onlyThere);
            long churnSets = deleteUnreferencedChurnSets();
            long blobs = sweep ? deleteOrphanBlobs() : update(DELETE_BLOBS_OF, SqlValues.json(onlyThere));
            c.commit();
            return new RetentionResult(expired.ready().size() + expired.failed().size(), contents, extractions,
                    churnSets, blobs, Math.max(0, usedBefore - usedBytes()));
        } catch (SQLException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Snapshots to remove: ready ones beyond the newest N, failed ones per {@link #SELECT_STALE_FAILED}. */
    private record Expired(List<Long> ready, List<Long> failed) {
        boolean isEmpty() {
            return ready.isEmpty() && failed.isEmpty();
        }
    }

    private Expired expiredSnapshots() throws SQLException {
        List<String> projects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_PROJECTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                projects.add(rs.getString(1));
            }
        }
        List<Long> ready = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        for (String project : projects) {
            ready.addAll(longs(SELECT_EXPIRED_READY, project, keep));
            failed.addAll(longs(SELECT_STALE_FAILED, project, project, keep, project, keep));
        }
        return new Expired(ready, failed);
    }

    /** Out of 'ready', in a short transaction of its own. */
    private void markExpired(long id) throws SQLException {
        c.setAutoCommit(false);
        update(MARK_EXPIRED, id);
        c.commit();
    }

    /**
     * Deletes, per project, the manifest and edge rows no ready snapshot holds any more; returns the
     * contents the deleted manifest rows listed (the only ones that can have become unreferenced).
     */
    private Set<String> deleteEndedRows() throws SQLException {
        Set<String> hashes = new HashSet<>();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(SELECT_OLDEST_READY); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String project = rs.getString(1);
                long oldest = rs.getLong(2);
                hashes.addAll(strings(RowRanges.SELECT_HASHES_ENDED_BY, project, oldest));
                for (String table : RowRanges.TABLES) {
                    update(RowRanges.deleteEndedBy(table), project, oldest);
                }
            }
        }
        c.commit();
        return hashes;
    }

    /** Of these contents, those no manifest lists any more, with their lexical documents. */
    private long deleteContents(Set<String> hashes) throws SQLException {
        return hashes.isEmpty() ? 0 : deleteUnreferencedContents(SELECT_CONTENTS_OF, SqlValues.json(hashes));
    }

    /** Extractions of these contents that no manifest lists any more (their facts cascade). */
    private long deleteExtractions(Set<String> hashes) throws SQLException {
        if (hashes.isEmpty()) {
            return 0;
        }
        long removed = 0;
        c.setAutoCommit(false);
        for (long id : longs(SELECT_EXTRACTIONS_OF, SqlValues.json(hashes))) {
            removed += update(DELETE_EXTRACTION, id);
        }
        c.commit();
        return removed;
    }

    /**
     * Deletes the contents {@code select} lists (rowids: paged by rowid when {@code args} are empty,
     * else all at once) that no manifest references, with their lexical documents.
     */
    private long deleteUnreferencedContents(String selectSql, Object... args) throws SQLException {
        long removed = 0;
        long after = 0;
        boolean paged = args.length == 0;
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement(selectSql);
                PreparedStatement content = c.prepareStatement(DELETE_CONTENT);
                PreparedStatement lexical = c.prepareStatement(LexicalIndexWriter.DELETE_DOCUMENT)) {
            List<Long> batch;
            do {
                batch = paged ? longs(select, after, BATCH) : longs(select, args);
                for (long rowid : batch) {
                    content.setLong(1, rowid);
                    if (content.executeUpdate() == 1) {
                        // with the content: a later content reusing this rowid must not inherit its terms
                        lexical.setLong(1, rowid);
                        lexical.executeUpdate();
                        removed++;
                    }
                    after = rowid;
                }
                c.commit();
            } while (paged && batch.size() == BATCH);
        }
        return removed;
    }

    private long deleteUnreferencedChurnSets() throws SQLException {
        long removed = 0;
        c.setAutoCommit(false);
        for (long id : longs(SELECT_UNREFERENCED_CHURN_SETS)) {
            // one statement per table, like a snapshot's manifest: a set's rows are one key range
            update(DELETE_CHURN, id);
            update(DELETE_COCHANGE, id);
            removed += update(DELETE_CHURN_SET, id);
            c.commit();
        }
        return removed;
    }

    private long deleteOrphanBlobs() throws SQLException {
        long removed = 0;
        String after = "";
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement(SELECT_ORPHAN_BLOBS);
                PreparedStatement delete = c.prepareStatement(DELETE_GIT_BLOB)) {
            List<String> batch = new ArrayList<>();
            do {
                batch.clear();
                select.setString(1, after);
                select.setInt(2, BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        batch.add(rs.getString(1));
                    }
                }
                for (String sha : batch) {
                    delete.setString(1, sha);
                    removed += delete.executeUpdate();
                    after = sha;
                }
                c.commit();
            } while (batch.size() == BATCH);
        }
        return removed;
    }

    /** Pages {@code select} (id > ?, limit ?) and deletes each id with {@code delete}, a batch per transaction. */
    private long deleteById(String selectSql, String deleteSql) throws SQLException {
        long removed = 0;
        long after = 0;
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement(selectSql);
                PreparedStatement delete = c.prepareStatement(deleteSql)) {
            List<Long> batch;
            do {
                batch = longs(select, after, BATCH);
                for (long id : batch) {
                    delete.setLong(1, id);
                    removed += delete.executeUpdate();
                    after = id;
                }
                c.commit();
            } while (batch.size() == BATCH);
        }
        return removed;
    }

    /** Bytes of the pages in use (page count minus free pages), as this connection sees the file. */
    private long usedBytes() throws SQLException {
        try (Statement st = c.createStatement()) {
            return (pragma(st, "page_count") - pragma(st, "freelist_count")) * pragma(st, "page_size");
        }
    }

    private static long pragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return firstColumn(ps, rs -> rs.getString(1), args);
        }
    }

    private List<Long> longs(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return longs(ps, args);
        }
    }

    private static List<Long> longs(PreparedStatement ps, Object... args) throws SQLException {
        return firstColumn(ps, rs -> rs.getLong(1), args);
    }

    private interface Cell<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> firstColumn(PreparedStatement ps, Cell<T> cell, Object... args) throws SQLException {
        bind(ps, args);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(cell.read(rs));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
