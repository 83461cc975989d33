package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.snapshot.SqlValues;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.schema.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The narrow reads an incremental graph update makes instead of loading every fact of the snapshot:
 * definitions by content, the files calling or defining given names, and a previous snapshot's
 * import targets. Facts of other than the current extractor versions are left out, as in {@link
 * SnapshotFactsReader}.
 */
final class GraphLookups {

    static final String SELECT_DEFINITIONS_OF_CONTENTS = "SELECT e.content_hash, e.extractor, e.extractor_version,"
            + " x.name, x.kind FROM symbols x JOIN extractions e ON e.id = x.extraction_id"
            + " WHERE e.content_hash IN " + SqlValues.ROWS;
    static final String SELECT_CALLERS = "SELECT m.path, e.extractor, e.extractor_version FROM calls x"
            + " JOIN extractions e ON e.id = x.extraction_id JOIN manifest m ON m.content_hash = e.content_hash"
            + " WHERE " + SnapshotRows.visibleIn("m") + " AND x.callee IN " + SqlValues.ROWS;
    /**
     * Driven by the names (CROSS JOIN fixes the order: SQLite would otherwise scan every symbol of the
     * snapshot and filter by name): each name's symbols by {@code symbols_by_name}, kept when their
     * content is listed in the snapshot.
     */
    static final String SELECT_DEFINERS = "SELECT m.path, e.extractor, e.extractor_version, x.name, x.kind"
            + " FROM (SELECT value AS name FROM json_each(?2)) n CROSS JOIN symbols x ON x.name = n.name"
            + " CROSS JOIN extractions e ON e.id = x.extraction_id"
            + " CROSS JOIN manifest m ON m.content_hash = e.content_hash AND " + SnapshotRows.visibleIn("m");
    static final String SELECT_IMPORT_TARGETS = "SELECT src, dst FROM edges WHERE " + SnapshotRows.visibleIn("edges")
            + " AND kind = '"
            + EdgeKind.IMPORT.id() + "' AND src IN " + SqlValues.ROWS;

    private final Connection c;
    private final CurrentExtractors current;

    GraphLookups(Connection c, CurrentExtractors current) {
        this.c = c;
        this.current = current;
    }

    /** Content hash → the definitions extracted from it. */
    Map<String, List<FileNode.Definition>> definitionsOf(Collection<String> contentHashes) throws SQLException {
        Map<String, List<FileNode.Definition>> out = new HashMap<>();
        forCurrent(SELECT_DEFINITIONS_OF_CONTENTS, null, contentHashes, rs -> out
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new FileNode.Definition(rs.getString(4), rs.getString(5))));
        return out;
    }

    /** Files of the snapshot with a call site of one of these names. */
    Set<String> callers(long snapshotId, Collection<String> callees) throws SQLException {
        Set<String> out = new HashSet<>();
        forCurrent(SELECT_CALLERS, snapshotId, callees, rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Who defines each of these names in the snapshot. */
    Definitions definers(long snapshotId, Collection<String> names) throws SQLException {
        Definitions out = new Definitions();
        forCurrent(SELECT_DEFINERS, snapshotId, names,
                rs -> out.add(rs.getString(1), new FileNode.Definition(rs.getString(4), rs.getString(5))));
        return out;
    }

    /** File → the files its imports resolved to in a (previous) snapshot; files without any are absent. */
    Map<String, Set<String>> importTargets(long snapshotId, Collection<String> files) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        each(SELECT_IMPORT_TARGETS, snapshotId, files,
                rs -> out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)));
        return out;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** As {@link #each}, for rows whose columns 2 and 3 are an extractor and its version: current ones only. */
    private void forCurrent(String sql, Long snapshotId, Collection<String> values, Row row) throws SQLException {
        each(sql, snapshotId, values, rs -> {
            if (current.contains(rs.getString(2), rs.getInt(3))) {
                row.accept(rs);
            }
        });
    }

    /** Runs a query bound to (snapshot id, when given, then) the values; none when there are no values. */
    private void each(String sql, Long snapshotId, Collection<String> values, Row row) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (snapshotId != null) {
                ps.setLong(i++, snapshotId);
            }
            ps.setString(i, SqlValues.json(values));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
