package dev.memlayer.indexer.snapshot;

import dev.memlayer.indexer.lexical.LexicalIndexWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the last N ready snapshots of every project and garbage-collects what nothing references:
 * older ready snapshots, and failed ones older than the oldest kept ready snapshot or beyond the
 * newest N failed (a recent failure keeps its error for {@code status}; its manifest is already gone),
 * then contents no manifest row references (and their lexical documents), extractions of such
 * contents (their facts cascade), churn sets no snapshot references, and git blob mappings whose
 * content is gone.
 *
 * <p>Every step runs in small transactions of at most {@value #BATCH} rows, so a reader is never
 * blocked for long; an expired snapshot is first flipped out of 'ready' in one short transaction,
 * so no reader ever sees it half deleted. Needs the writer connection ({@code foreign_keys} on, for
 * the cascades) and the {@link WriterLock}: a run writing concurrently could reference a content this
 * pass believes unreferenced.
 */
public final class Retention {

    static final int BATCH = 500;
    /** Error text of a snapshot retention expired but did not finish deleting (the next pass does). */
    static final String EXPIRED = "expired: older than the kept snapshots";

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
    static final String DELETE_MANIFEST_BATCH = "DELETE FROM manifest WHERE snapshot_id = ? AND path IN"
            + " (SELECT path FROM manifest WHERE snapshot_id = ? LIMIT ?)";
    static final String DELETE_EDGES_BATCH = "DELETE FROM edges WHERE (snapshot_id, kind, src, dst) IN"
            + " (SELECT snapshot_id, kind, src, dst FROM edges WHERE snapshot_id = ? LIMIT ?)";
    static final String DELETE_SNAPSHOT = "DELETE FROM snapshots WHERE id = ?";

    static final String SELECT_UNREFERENCED_CONTENTS = "SELECT c.rowid FROM contents c WHERE c.rowid > ?"
            + " AND NOT EXISTS (SELECT 1 FROM manifest m WHERE m.content_hash = c.content_hash)"
            + " ORDER BY c.rowid LIMIT ?";
    static final String DELETE_CONTENT = "DELETE FROM contents WHERE rowid = ?"
            + " AND NOT EXISTS (SELECT 1 FROM manifest m WHERE m.content_hash = contents.content_hash)";
    static final String SELECT_UNREFERENCED_EXTRACTIONS = "SELECT e.id FROM extractions e WHERE e.id > ?"
            + " AND NOT EXISTS (SELECT 1 FROM manifest m WHERE m.content_hash = e.content_hash)"
            + " ORDER BY e.id LIMIT ?";
    static final String DELETE_EXTRACTION = "DELETE FROM extractions WHERE id = ?";
    static final String SELECT_UNREFERENCED_CHURN_SETS = "SELECT cs.id FROM churn_sets cs"
            + " WHERE NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.churn_set_id = cs.id) ORDER BY cs.id";
    static final String DELETE_CHURN_BATCH = "DELETE FROM churn WHERE churn_set_id = ? AND path IN"
            + " (SELECT path FROM churn WHERE churn_set_id = ? LIMIT ?)";
    static final String DELETE_COCHANGE_BATCH = "DELETE FROM cochange WHERE (churn_set_id, path_a, path_b) IN"
            + " (SELECT churn_set_id, path_a, path_b FROM cochange WHERE churn_set_id = ? LIMIT ?)";
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
            int snapshots = 0;
            for (long id : expiredSnapshots()) {
                deleteSnapshot(id);
                snapshots++;
            }
            if (snapshots == 0 && !alwaysSweep) {
                return RetentionResult.NOTHING;
            }
            long contents = deleteUnreferencedContents();
            long extractions = deleteById(SELECT_UNREFERENCED_EXTRACTIONS, DELETE_EXTRACTION);
            long churnSets = deleteUnreferencedChurnSets();
            long blobs = deleteOrphanBlobs();
            return new RetentionResult(snapshots, contents, extractions, churnSets, blobs,
                    Math.max(0, usedBefore - usedBytes()));
        } catch (SQLException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private List<Long> expiredSnapshots() throws SQLException {
        List<String> projects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_PROJECTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                projects.add(rs.getString(1));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String project : projects) {
            ids.addAll(longs(SELECT_EXPIRED_READY, project, keep));
            ids.addAll(longs(SELECT_STALE_FAILED, project, project, keep, project, keep));
        }
        return ids;
    }

    /** Out of 'ready' first (one short transaction), then its rows in batches, then the row itself. */
    private void deleteSnapshot(long id) throws SQLException {
        c.setAutoCommit(false);
        update(MARK_EXPIRED, id);
        c.commit();
        while (update(DELETE_MANIFEST_BATCH, id, id, BATCH) > 0) {
            c.commit();
        }
        while (update(DELETE_EDGES_BATCH, id, BATCH) > 0) {
            c.commit();
        }
        update(DELETE_SNAPSHOT, id);
        c.commit();
    }

    private long deleteUnreferencedContents() throws SQLException {
        long removed = 0;
        long after = 0;
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement(SELECT_UNREFERENCED_CONTENTS);
                PreparedStatement content = c.prepareStatement(DELETE_CONTENT);
                PreparedStatement lexical = c.prepareStatement(LexicalIndexWriter.DELETE_DOCUMENT)) {
            List<Long> batch;
            do {
                batch = longs(select, after, BATCH);
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
            } while (batch.size() == BATCH);
        }
        return removed;
    }

    private long deleteUnreferencedChurnSets() throws SQLException {
        long removed = 0;
        c.setAutoCommit(false);
        for (long id : longs(SELECT_UNREFERENCED_CHURN_SETS)) {
            while (update(DELETE_CHURN_BATCH, id, id, BATCH) > 0) {
                c.commit();
            }
            while (update(DELETE_COCHANGE_BATCH, id, BATCH) > 0) {
                c.commit();
            }
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

    private List<Long> longs(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return longs(ps, args);
        }
    }

    private static List<Long> longs(PreparedStatement ps, Object... args) throws SQLException {
        bind(ps, args);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
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
