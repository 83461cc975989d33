package dev.memlayer.service.read;

import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.TypeRelationFact;
import dev.memlayer.schema.SnapshotRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Loads a view's {@link FileDetails} in three queries over the snapshot's manifest (newest version of
 * each extractor per content, as for symbols), once per view: later calls return the kept value.
 */
@ApplicationScoped
public class FileDetailsReader {

    /** Rows of one fact table for the files of a snapshot; the table's columns follow {@code m.path}. */
    private static String factsOf(String table, String columns) {
        return "SELECT m.path, " + columns + " FROM manifest m JOIN extractions e ON e.content_hash = m.content_hash"
                + " JOIN " + table + " t ON t.extraction_id = e.id"
                + " WHERE " + SnapshotRows.visibleIn("m") + " AND " + SnapshotRows.newestExtraction("e")
                + " ORDER BY m.path, t.ordinal";
    }

    static final String SELECT_IMPORTS = factsOf("imports", "t.raw, t.kind, t.line");
    static final String SELECT_TYPE_RELATIONS = factsOf("type_relations", "t.subject, t.relation, t.target, t.line");
    static final String SELECT_DEPENDENCIES = factsOf("dependencies", "t.ecosystem, t.name, t.version, t.scope");

    private final ReaderPool pool;

    public FileDetailsReader(ReaderPool pool) {
        this.pool = pool;
    }

    public FileDetails details(SnapshotView view) throws SQLException {
        return view.derived(FileDetails.class, this::load);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private FileDetails load(SnapshotView view) throws SQLException {
        try (Connection c = pool.connection()) {
            c.setAutoCommit(false);
            try {
                return new FileDetails(
                        perFile(c, view, SELECT_IMPORTS, rs -> new ImportFact(rs.getString(2), rs.getString(3),
                                rs.getInt(4)), ImportFact[]::new),
                        perFile(c, view, SELECT_TYPE_RELATIONS, rs -> new TypeRelationFact(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getInt(5)), TypeRelationFact[]::new),
                        perFile(c, view, SELECT_DEPENDENCIES, rs -> new DependencyFact(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5)), DependencyFact[]::new));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static <T> T[][] perFile(Connection c, SnapshotView view, String sql, Row<T> row, IntFunction<T[]> array)
            throws SQLException {
        int n = view.files().size();
        List<List<T>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(null);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, view.meta().id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int f = view.indexOf(rs.getString(1));
                    if (f < 0) {
                        continue;
                    }
                    if (lists.get(f) == null) {
                        lists.set(f, new ArrayList<>(4));
                    }
                    lists.get(f).add(row.read(rs));
                }
            }
        }
        T[] none = array.apply(0);
        @SuppressWarnings("unchecked")
        T[][] out = (T[][]) java.lang.reflect.Array.newInstance(none.getClass(), n);
        for (int i = 0; i < n; i++) {
            List<T> l = lists.get(i);
            out[i] = l == null ? none : l.toArray(none);
        }
        return out;
    }
}
