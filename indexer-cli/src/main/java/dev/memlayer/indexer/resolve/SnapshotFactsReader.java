package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.snapshot.SqlValues;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.TypeRelationFact;
import dev.memlayer.schema.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads the facts of the files of one snapshot (reused and new alike: all are stored by then) —
 * every file, or only some files and some kinds of facts for an incremental run — keeping only
 * extractions made by the current version of a registered extractor.
 */
public final class SnapshotFactsReader {

    /** The kinds of facts resolution reads. */
    enum Facts { IMPORTS, DEFINITIONS, CALLS, TYPE_RELATIONS }

    private static final String FROM_SNAPSHOT = " JOIN extractions e ON e.id = x.extraction_id"
            + " JOIN manifest m ON m.content_hash = e.content_hash WHERE " + SnapshotRows.visibleIn("m");
    private static final String ONLY_PATHS = " AND m.path IN " + SqlValues.ROWS;
    static final String SELECT_FILES = "SELECT m.path, m.language FROM manifest m WHERE " + SnapshotRows.visibleIn("m");
    static final String SELECT_IMPORTS = "SELECT m.path, e.extractor, e.extractor_version, x.raw, x.kind, x.line"
            + " FROM imports x" + FROM_SNAPSHOT;
    static final String SELECT_DEFINITIONS = "SELECT m.path, e.extractor, e.extractor_version, x.name, x.kind"
            + " FROM symbols x" + FROM_SNAPSHOT;
    static final String SELECT_CALLS = "SELECT m.path, e.extractor, e.extractor_version, x.callee, x.count,"
            + " x.first_line FROM calls x" + FROM_SNAPSHOT;
    static final String SELECT_TYPE_RELATIONS = "SELECT m.path, e.extractor, e.extractor_version, x.subject,"
            + " x.relation, x.target, x.line FROM type_relations x" + FROM_SNAPSHOT;

    private final CurrentExtractors current;

    public SnapshotFactsReader(ExtractorRegistry registry) {
        this.current = new CurrentExtractors(registry);
    }

    /** Path → node for every file of the snapshot, with all its facts. */
    public Map<String, FileNode> read(Connection c, long snapshotId) throws SQLException {
        return read(c, snapshotId, null, EnumSet.allOf(Facts.class));
    }

    /** Path → node for the given files of the snapshot (every file when null), with the facts asked for. */
    Map<String, FileNode> read(Connection c, long snapshotId, Collection<String> paths, Set<Facts> facts)
            throws SQLException {
        String only = paths == null ? null : SqlValues.json(paths);
        Map<String, FileNode> nodes = new HashMap<>();
        query(c, SELECT_FILES, snapshotId, only, rs -> nodes.put(rs.getString(1),
                new FileNode(rs.getString(1), Language.fromId(rs.getString(2)))));
        if (facts.contains(Facts.IMPORTS)) {
            forCurrent(c, SELECT_IMPORTS, snapshotId, only, nodes,
                    (n, rs) -> n.imports.add(new ImportFact(rs.getString(4), rs.getString(5), rs.getInt(6))));
        }
        if (facts.contains(Facts.DEFINITIONS)) {
            forCurrent(c, SELECT_DEFINITIONS, snapshotId, only, nodes,
                    (n, rs) -> n.definitions.add(new FileNode.Definition(rs.getString(4), rs.getString(5))));
        }
        if (facts.contains(Facts.CALLS)) {
            forCurrent(c, SELECT_CALLS, snapshotId, only, nodes,
                    (n, rs) -> n.calls.add(new CallFact(rs.getString(4), rs.getInt(5), rs.getInt(6))));
        }
        if (facts.contains(Facts.TYPE_RELATIONS)) {
            forCurrent(c, SELECT_TYPE_RELATIONS, snapshotId, only, nodes, (n, rs) -> n.typeRelations.add(
                    new TypeRelationFact(rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7))));
        }
        return nodes;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private interface NodeRow {
        void accept(FileNode node, ResultSet rs) throws SQLException;
    }

    private void forCurrent(Connection c, String sql, long snapshotId, String only, Map<String, FileNode> nodes,
            NodeRow row) throws SQLException {
        query(c, sql, snapshotId, only, rs -> {
            FileNode node = nodes.get(rs.getString(1));
            if (node != null && current.contains(rs.getString(2), rs.getInt(3))) {
                row.accept(node, rs);
            }
        });
    }

    private static void query(Connection c, String sql, long snapshotId, String only, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(only == null ? sql : sql + ONLY_PATHS)) {
            ps.setLong(1, snapshotId);
            if (only != null) {
                ps.setString(2, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
