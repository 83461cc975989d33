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
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final String ONLY_PATHS = " AND m.path IN " + SqlValues.ROWS;
    static final String SELECT_FILES = "SELECT m.path, m.language FROM manifest m WHERE " + SnapshotRows.visibleIn("m");
    /** The extractions of the snapshot's files (each file's content, by every extractor that read it). */
    static final String SELECT_EXTRACTIONS = "SELECT m.path, e.id, e.extractor, e.extractor_version FROM manifest m"
            + " JOIN extractions e ON e.content_hash = m.content_hash WHERE " + SnapshotRows.visibleIn("m");
    /**
     * The facts of the extractions listed (a JSON array of ids), by extraction id rather than by the
     * manifest row: a file's path and extractor are read once per extraction, not once per fact.
     */
    private static final String OF_EXTRACTIONS = " WHERE x.extraction_id IN " + SqlValues.ROWS;
    static final String SELECT_IMPORTS = "SELECT x.extraction_id, x.raw, x.kind, x.line FROM imports x"
            + OF_EXTRACTIONS;
    /** Only the kinds resolution looks up ({@link Definitions}): fields, variables and constants are many. */
    static final String SELECT_DEFINITIONS = "SELECT x.extraction_id, x.name, x.kind FROM symbols x" + OF_EXTRACTIONS
            + " AND x.kind IN " + Definitions.KINDS_SQL;
    static final String SELECT_CALLS = "SELECT x.extraction_id, x.callee, x.count, x.first_line FROM calls x"
            + OF_EXTRACTIONS;
    static final String SELECT_TYPE_RELATIONS = "SELECT x.extraction_id, x.subject, x.relation, x.target, x.line"
            + " FROM type_relations x" + OF_EXTRACTIONS;

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
        if (facts.isEmpty()) {
            return nodes;
        }
        Extractions extractions = new Extractions();
        query(c, SELECT_EXTRACTIONS, snapshotId, only, rs -> {
            FileNode node = nodes.get(rs.getString(1));
            if (node != null && current.contains(rs.getString(3), rs.getInt(4))) {
                extractions.add(rs.getLong(2), node);
            }
        });
        if (extractions.isEmpty()) {
            return nodes;
        }
        String ids = extractions.json();
        if (facts.contains(Facts.IMPORTS)) {
            extractions.each(c, SELECT_IMPORTS, ids,
                    (n, rs) -> n.imports.add(new ImportFact(rs.getString(2), rs.getString(3), rs.getInt(4))));
        }
        if (facts.contains(Facts.DEFINITIONS)) {
            extractions.each(c, SELECT_DEFINITIONS, ids,
                    (n, rs) -> n.definitions.add(new FileNode.Definition(rs.getString(2), rs.getString(3))));
        }
        if (facts.contains(Facts.CALLS)) {
            extractions.each(c, SELECT_CALLS, ids,
                    (n, rs) -> n.calls.add(new CallFact(rs.getString(2), rs.getInt(3), rs.getInt(4))));
        }
        if (facts.contains(Facts.TYPE_RELATIONS)) {
            extractions.each(c, SELECT_TYPE_RELATIONS, ids, (n, rs) -> n.typeRelations.add(
                    new TypeRelationFact(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))));
        }
        return nodes;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private interface NodeRow {
        void accept(FileNode node, ResultSet rs) throws SQLException;
    }

    /**
     * The current extractions of the files read, by id: usually one file each, several when files
     * have the same content.
     */
    private static final class Extractions {

        private final Map<Long, List<FileNode>> byId = new LinkedHashMap<>();

        void add(long id, FileNode node) {
            byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(node);
        }

        boolean isEmpty() {
            return byId.isEmpty();
        }

        String json() {
            StringBuilder sb = new StringBuilder(byId.size() * 8 + 2).append('[');
            for (Long id : byId.keySet()) {
                sb.append(sb.length() > 1 ? "," : "").append(id.longValue());
            }
            return sb.append(']').toString();
        }

        /** Runs a facts query over these extractions (column 1 the extraction id), row by row to its files. */
        void each(Connection c, String sql, String ids, NodeRow row) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    long lastId = Long.MIN_VALUE;
                    List<FileNode> files = List.of();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id != lastId) { // the rows of one extraction come together (its primary key)
                            files = byId.getOrDefault(id, List.of());
                            lastId = id;
                        }
                        for (int i = 0; i < files.size(); i++) {
                            row.accept(files.get(i), rs);
                        }
                    }
                }
            }
        }
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
