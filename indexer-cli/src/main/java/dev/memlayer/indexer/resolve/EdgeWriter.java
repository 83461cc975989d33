package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.snapshot.SqlValues;
import dev.memlayer.model.facts.EdgeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a snapshot's edges on the run's writer connection. Edge rows are shared between snapshots (see
 * {@code V6__shared_snapshot_rows.sql}): the current rows are the previous snapshot's edges, so writing
 * a set of edges that replaces some of them closes the current rows that are gone or differ, inserts
 * the new ones from this snapshot on, and leaves identical rows untouched.
 */
public final class EdgeWriter {

    static final String SELECT_PROJECT = "SELECT project_id FROM snapshots WHERE id = ?";
    static final String SELECT_CURRENT = "SELECT kind, src, dst, weight, evidence FROM edges"
            + " WHERE project_id = ? AND end_snapshot IS NULL";
    /** Current edges of one kind leaving the given sources (a JSON array), by the primary key. */
    static final String SELECT_CURRENT_FROM = "SELECT kind, src, dst, weight, evidence FROM edges"
            + " WHERE project_id = ? AND kind = ? AND src IN " + SqlValues.ROWS + " AND end_snapshot IS NULL";
    static final String COUNT_CURRENT = "SELECT count(*) FROM edges WHERE project_id = ? AND end_snapshot IS NULL";
    /**
     * Edges go in {@value #ROWS_PER_INSERT} rows a statement: one row per statement spent about as
     * much of SQLite's time running the statement as inserting the row (a full graph is 10⁵ rows).
     */
    static final int ROWS_PER_INSERT = 50;
    static final String INSERT_EDGES = insertEdges(ROWS_PER_INSERT);
    static final String INSERT_EDGE = insertEdges(1);
    static final String CLOSE_EDGE = "UPDATE edges SET end_snapshot = ?"
            + " WHERE project_id = ? AND kind = ? AND src = ? AND dst = ? AND end_snapshot IS NULL";
    private static final int BATCH = 2_000;

    private EdgeWriter() {
    }

    /** Inserts {@code rows} edges: project (?1) and snapshot (?2) bound once, then five values an edge. */
    private static String insertEdges(int rows) {
        StringBuilder sql = new StringBuilder("INSERT OR REPLACE INTO edges"
                + " (project_id, kind, src, dst, start_snapshot, weight, evidence) VALUES ");
        for (int i = 0; i < rows; i++) {
            int p = 3 + 5 * i;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?2, ?").append(p + 3).append(", ?").append(p + 4).append(')');
        }
        return sql.toString();
    }

    /** The project a snapshot belongs to. */
    static String projectOf(Connection c, long snapshotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_PROJECT)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no snapshot " + snapshotId);
                }
                return rs.getString(1);
            }
        }
    }

    /** Makes {@code edges} the whole graph of {@code snapshotId} (all current edges are compared). */
    public static void write(Connection c, long snapshotId, List<Edge> edges) throws SQLException {
        String project = projectOf(c, snapshotId);
        replace(c, project, snapshotId, current(c, project, null, null), edges);
    }

    /**
     * The project's current edges: all, or those of {@code kind} leaving one of {@code sources}.
     */
    static List<Edge> current(Connection c, String projectId, EdgeKind kind, Collection<String> sources)
            throws SQLException {
        List<Edge> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(kind == null ? SELECT_CURRENT : SELECT_CURRENT_FROM)) {
            ps.setString(1, projectId);
            if (kind != null) {
                ps.setString(2, kind.id());
                ps.setString(3, SqlValues.json(sources));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Edge(EdgeKind.fromId(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getDouble(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** How many edges the project's current graph has (the snapshot being built, once written). */
    static int countCurrent(Connection c, String projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_CURRENT)) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Replaces the {@code current} rows by {@code fresh} from {@code snapshotId} on: current rows missing
     * from {@code fresh} or differing are closed, fresh edges not current are inserted, identical ones
     * stay as they are. For one key (kind, source, target) the last fresh edge wins.
     */
    static void replace(Connection c, String projectId, long snapshotId, Collection<Edge> current,
            Collection<Edge> fresh) throws SQLException {
        if (current.isEmpty()) {
            // a project's first graph: nothing to compare with; of fresh edges sharing a key, the row
            // inserted last replaces the others (INSERT OR REPLACE), as the last one wins below
            apply(c, projectId, snapshotId, List.of(), fresh);
            return;
        }
        Map<EdgeKey, Edge> wanted = new LinkedHashMap<>();
        for (Edge e : fresh) {
            wanted.put(EdgeKey.of(e), e);
        }
        Map<EdgeKey, Edge> open = new HashMap<>();
        for (Edge e : current) {
            open.put(EdgeKey.of(e), e);
        }
        List<EdgeKey> closed = new ArrayList<>();
        List<Edge> inserted = new ArrayList<>();
        for (Map.Entry<EdgeKey, Edge> w : wanted.entrySet()) {
            Edge was = open.remove(w.getKey());
            if (w.getValue().equals(was)) {
                continue;
            }
            if (was != null) {
                closed.add(w.getKey());
            }
            inserted.add(w.getValue());
        }
        closed.addAll(open.keySet());
        apply(c, projectId, snapshotId, closed, inserted);
    }

    private static void apply(Connection c, String projectId, long snapshotId, Collection<EdgeKey> closed,
            Collection<Edge> inserted)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement close = c.prepareStatement(CLOSE_EDGE)) {
            int pending = 0;
            for (EdgeKey k : closed) { // all before the inserts: a closed row and its successor share the key
                close.setLong(1, snapshotId);
                close.setString(2, projectId);
                close.setString(3, k.kind().id());
                close.setString(4, k.src());
                close.setString(5, k.dst());
                close.addBatch();
                if (++pending >= BATCH) {
                    close.executeBatch();
                    pending = 0;
                }
            }
            close.executeBatch();
            insert(c, projectId, snapshotId, inserted);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void insert(Connection c, String projectId, long snapshotId, Collection<Edge> edges)
            throws SQLException {
        // an incremental run inserts a handful: no need to prepare the long statement then
        try (PreparedStatement many = edges.size() >= ROWS_PER_INSERT ? c.prepareStatement(INSERT_EDGES) : null;
                PreparedStatement one = c.prepareStatement(INSERT_EDGE)) {
            if (many != null) {
                many.setString(1, projectId);
                many.setLong(2, snapshotId);
            }
            one.setString(1, projectId);
            one.setLong(2, snapshotId);
            int row = 0;
            int left = edges.size();
            for (Edge e : edges) {
                PreparedStatement ps = left >= ROWS_PER_INSERT - row ? many : one;
                bind(ps, ps == many ? 3 + 5 * row : 3, e);
                left--;
                if (ps == one) {
                    one.executeUpdate();
                } else if (++row == ROWS_PER_INSERT) {
                    many.executeUpdate();
                    row = 0;
                }
            }
        }
    }

    /**
     * Binds one edge's five values from parameter {@code p} on. A method of its own: the loop above runs
     * once per edge of a full graph, mostly before the JIT compiles it (the launcher's thresholds are
     * high), while a method called this often is compiled early.
     */
    private static void bind(PreparedStatement ps, int p, Edge e) throws SQLException {
        ps.setString(p, e.kind().id());
        ps.setString(p + 1, e.src());
        ps.setString(p + 2, e.dst());
        ps.setDouble(p + 3, e.weight());
        ps.setString(p + 4, e.evidence());
    }
}
