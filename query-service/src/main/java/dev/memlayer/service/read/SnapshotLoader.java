package dev.memlayer.service.read;

import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.schema.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads one ready snapshot of one project into a {@link SnapshotView}. The project, snapshot and
 * manifest are read inside one read transaction, so a concurrent publish or garbage collection
 * cannot hand us a manifest from a different point in time. All queries use primary keys or
 * {@code snapshots_by_status}.
 */
final class SnapshotLoader {

    private static final Logger LOG = Logger.getLogger(SnapshotLoader.class);

    static final String SELECT_PROJECT = "SELECT id, name, root FROM projects WHERE id = ?";
    static final String SELECT_READY_SNAPSHOT =
            "SELECT id, version, commit_sha, branch, dirty, indexed_at, file_count FROM snapshots"
            + " WHERE project_id = ? AND status = 'ready' AND version = ?";
    /** Manifest rows with the lexical row id of their content ({@code contents.id} = FTS rowid). */
    static final String SELECT_MANIFEST =
            "SELECT m.path, m.content_hash, m.size, m.language, m.lines, c.id FROM manifest m"
            + " LEFT JOIN contents c ON c.content_hash = m.content_hash WHERE " + SnapshotRows.visibleIn("m")
            + " ORDER BY m.path";
    /** Symbols of the snapshot's files, only from the highest version of each extractor per content. */
    static final String SELECT_SYMBOLS =
            "SELECT m.path, s.kind, s.name, s.container, s.signature, s.line_start, s.line_end, s.exported, e.id"
            + " FROM manifest m JOIN extractions e ON e.content_hash = m.content_hash"
            + " JOIN symbols s ON s.extraction_id = e.id"
            + " WHERE " + SnapshotRows.visibleIn("m") + " AND " + SnapshotRows.newestExtraction("e");
    static final String SELECT_EDGES = "SELECT kind, src, dst, weight FROM edges WHERE "
            + SnapshotRows.visibleIn("edges");
    static final String SELECT_CHURN_SET = "SELECT churn_set_id FROM snapshots WHERE id = ?";
    static final String SELECT_CHURN =
            "SELECT path, commits_90d, commits_total, last_change_at FROM churn WHERE churn_set_id = ?";
    static final String SELECT_COCHANGE = "SELECT path_a, path_b, count FROM cochange WHERE churn_set_id = ?";

    private SnapshotLoader() {
    }

    /** The view of {@code projectId} at {@code version}, or empty if no such ready snapshot exists. */
    static Optional<SnapshotView> load(Connection c, String projectId, long version) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try {
            Optional<ProjectRef> project = project(c, projectId);
            if (project.isEmpty()) {
                return Optional.empty();
            }
            Optional<SnapshotMeta> meta = snapshot(c, projectId, version);
            if (meta.isEmpty()) {
                return Optional.empty();
            }
            List<ManifestEntry> files = new ArrayList<>();
            List<Long> contentIds = new ArrayList<>();
            manifest(c, meta.get().id(), files, contentIds);
            Map<String, Integer> index = new HashMap<>(files.size() * 2);
            for (int i = 0; i < files.size(); i++) {
                index.put(files.get(i).path(), i);
            }
            long[] ids = contentIds.stream().mapToLong(Long::longValue).toArray();
            long[] extractions = new long[files.size()];
            ViewFacts facts = new ViewFacts(ids, symbols(c, meta.get().id(), index, extractions), extractions,
                    graph(c, meta.get().id(), index), history(c, meta.get().id(), index));
            SnapshotView view = new SnapshotView(project.get(), meta.get(), files, facts);
            LOG.infof("loaded %s snapshot %d: %d files, %d symbols, %d edges in %d ms", project.get().name(),
                    version, files.size(), facts.symbolCount(), facts.graph().edgeCount(),
                    (System.nanoTime() - started) / 1_000_000);
            return Optional.of(view);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static Optional<ProjectRef> project(Connection c, String projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_PROJECT)) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ProjectRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static Optional<SnapshotMeta> snapshot(Connection c, String projectId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_READY_SNAPSHOT)) {
            ps.setString(1, projectId);
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long indexedAtMs = rs.getLong(6);
                Instant indexedAt = rs.wasNull() ? null : Instant.ofEpochMilli(indexedAtMs);
                return Optional.of(new SnapshotMeta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5) != 0, indexedAt, rs.getInt(7)));
            }
        }
    }

    private static void manifest(Connection c, long snapshotId, List<ManifestEntry> files, List<Long> contentIds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_MANIFEST)) {
            ps.setLong(1, snapshotId);
            // One String per language for the whole view: ranking tests every candidate's language,
            // and a few shared, hot strings cost less to compare than one scattered copy per file.
            Map<String, String> languages = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String language = rs.getString(4);
                    files.add(ManifestEntry.of(rs.getString(1), rs.getString(2), rs.getLong(3),
                            language == null ? null : languages.computeIfAbsent(language, k -> k), rs.getInt(5)));
                    long id = rs.getLong(6);
                    contentIds.add(rs.wasNull() ? 0L : id);
                }
            }
        }
    }

    /** Each file's symbols, and into {@code extractions} the newest extraction row they came from (its id). */
    private static FileSymbol[][] symbols(Connection c, long snapshotId, Map<String, Integer> index,
            long[] extractions) throws SQLException {
        List<List<FileSymbol>> perFile = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            perFile.add(null);
        }
        Map<String, String> interned = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_SYMBOLS)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer f = index.get(rs.getString(1));
                    if (f == null) {
                        continue;
                    }
                    String kind = interned.computeIfAbsent(rs.getString(2), k -> k);
                    String container = rs.getString(4);
                    if (container != null) {
                        container = interned.computeIfAbsent(container, k -> k);
                    }
                    List<FileSymbol> l = perFile.get(f);
                    if (l == null) {
                        l = new ArrayList<>();
                        perFile.set(f, l);
                    }
                    l.add(new FileSymbol(kind, rs.getString(3), container, rs.getString(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8) != 0));
                    extractions[f] = Math.max(extractions[f], rs.getLong(9));
                }
            }
        }
        FileSymbol[][] out = new FileSymbol[perFile.size()][];
        Comparator<FileSymbol> bySource = Comparator.comparingInt(FileSymbol::lineStart);
        for (int i = 0; i < out.length; i++) {
            List<FileSymbol> l = perFile.get(i);
            if (l == null) {
                out[i] = ViewFacts.noSymbols();
            } else {
                l.sort(bySource);
                out[i] = l.toArray(ViewFacts.noSymbols());
            }
        }
        return out;
    }

    private static FileGraph graph(Connection c, long snapshotId, Map<String, Integer> index) throws SQLException {
        FileGraph.Builder graph = new FileGraph.Builder(index.size());
        Map<String, EdgeKind> kinds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_EDGES)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer src = index.get(rs.getString(2));
                    Integer dst = index.get(rs.getString(3));
                    EdgeKind kind = kinds.computeIfAbsent(rs.getString(1), SnapshotLoader::edgeKind);
                    if (src != null && dst != null && kind != null) {
                        graph.add(src, dst, kind, (float) rs.getDouble(4));
                    }
                }
            }
        }
        return graph.build();
    }

    private static EdgeKind edgeKind(String id) {
        try {
            return EdgeKind.fromId(id);
        } catch (IllegalArgumentException e) {
            return null; // a kind this service does not know yet: ignored
        }
    }

    private static FileHistory history(Connection c, long snapshotId, Map<String, Integer> index)
            throws SQLException {
        FileHistory.Builder history = new FileHistory.Builder(index.size());
        long churnSet;
        try (PreparedStatement ps = c.prepareStatement(SELECT_CHURN_SET)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return history.build();
                }
                churnSet = rs.getLong(1);
                if (rs.wasNull()) {
                    return history.build();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_CHURN)) {
            ps.setLong(1, churnSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer f = index.get(rs.getString(1));
                    if (f != null) {
                        history.churn(f, rs.getInt(2), rs.getInt(3), rs.getLong(4));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_COCHANGE)) {
            ps.setLong(1, churnSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer a = index.get(rs.getString(1));
                    Integer b = index.get(rs.getString(2));
                    if (a != null && b != null) {
                        history.cochange(a, b, rs.getInt(3));
                    }
                }
            }
        }
        return history.build();
    }
}
