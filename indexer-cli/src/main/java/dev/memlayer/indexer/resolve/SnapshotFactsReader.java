package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.TypeRelationFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads the facts of every file of one snapshot (reused and new alike: all are stored by then),
 * keeping only extractions made by the current version of a registered extractor, so facts of an
 * older extractor version are never mixed in.
 */
public final class SnapshotFactsReader {

    private static final String FROM_SNAPSHOT = " JOIN extractions e ON e.id = x.extraction_id"
            + " JOIN manifest m ON m.content_hash = e.content_hash WHERE m.snapshot_id = ?";
    static final String SELECT_FILES = "SELECT path, language FROM manifest WHERE snapshot_id = ?";
    static final String SELECT_IMPORTS = "SELECT m.path, e.extractor, e.extractor_version, x.raw, x.kind, x.line"
            + " FROM imports x" + FROM_SNAPSHOT;
    static final String SELECT_DEFINITIONS = "SELECT m.path, e.extractor, e.extractor_version, x.name, x.kind"
            + " FROM symbols x" + FROM_SNAPSHOT;
    static final String SELECT_CALLS = "SELECT m.path, e.extractor, e.extractor_version, x.callee, x.count,"
            + " x.first_line FROM calls x" + FROM_SNAPSHOT;
    static final String SELECT_TYPE_RELATIONS = "SELECT m.path, e.extractor, e.extractor_version, x.subject,"
            + " x.relation, x.target, x.line FROM type_relations x" + FROM_SNAPSHOT;

    private final Set<String> current = new HashSet<>();

    public SnapshotFactsReader(ExtractorRegistry registry) {
        for (Extractor e : registry.all()) {
            current.add(e.id() + "@" + e.version());
        }
    }

    /** Path → node for every file of the snapshot. */
    public Map<String, FileNode> read(Connection c, long snapshotId) throws SQLException {
        Map<String, FileNode> nodes = new HashMap<>();
        query(c, SELECT_FILES, snapshotId, rs -> nodes.put(rs.getString(1),
                new FileNode(rs.getString(1), Language.fromId(rs.getString(2)))));
        forCurrent(c, SELECT_IMPORTS, snapshotId, nodes,
                (n, rs) -> n.imports.add(new ImportFact(rs.getString(4), rs.getString(5), rs.getInt(6))));
        forCurrent(c, SELECT_DEFINITIONS, snapshotId, nodes,
                (n, rs) -> n.definitions.add(new FileNode.Definition(rs.getString(4), rs.getString(5))));
        forCurrent(c, SELECT_CALLS, snapshotId, nodes,
                (n, rs) -> n.calls.add(new CallFact(rs.getString(4), rs.getInt(5), rs.getInt(6))));
        forCurrent(c, SELECT_TYPE_RELATIONS, snapshotId, nodes, (n, rs) -> n.typeRelations.add(
                new TypeRelationFact(rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7))));
        return nodes;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private interface NodeRow {
        void accept(FileNode node, ResultSet rs) throws SQLException;
    }

    private void forCurrent(Connection c, String sql, long snapshotId, Map<String, FileNode> nodes, NodeRow row)
            throws SQLException {
        query(c, sql, snapshotId, rs -> {
            FileNode node = nodes.get(rs.getString(1));
            if (node != null && current.contains(rs.getString(2) + "@" + rs.getInt(3))) {
                row.accept(node, rs);
            }
        });
    }

    private static void query(Connection c, String sql, long snapshotId, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
