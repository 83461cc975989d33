package dev.memlayer.indexer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.schema.Migrator;
import dev.memlayer.schema.SnapshotRows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges go in several rows a statement ({@link EdgeWriter#ROWS_PER_INSERT}): every edge arrives exactly,
 * whatever the count (full statements and the rest), weights bit for bit, and a second graph closes
 * what is gone or changed and leaves identical rows alone.
 */
class EdgeWriterTest {

    private static final String VIEW = "SELECT kind, src, dst, weight, evidence, start_snapshot FROM edges m WHERE "
            + SnapshotRows.visibleIn("m");

    @TempDir
    Path tmp;

    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = TestDb.open(tmp.resolve("m.db"));
        new Migrator(Clock.systemUTC()).migrate(c);
        try (var st = c.createStatement()) {
            st.execute("INSERT INTO projects (id, name, root, created_at) VALUES ('p', 'app', '/app', 0)");
            st.execute("INSERT INTO snapshots (id, project_id, status, started_at) VALUES (1, 'p', 'building', 0)");
            st.execute("INSERT INTO snapshots (id, project_id, status, started_at) VALUES (2, 'p', 'building', 0)");
        }
    }

    @Test
    void firstGraph_everyEdgeStoredExactly_acrossFullAndPartialStatements() throws SQLException {
        // 2 full statements and 23 single rows; odd paths and weights no short decimal writes exactly
        List<Edge> edges = edges(2 * EdgeWriter.ROWS_PER_INSERT + 23, "");

        EdgeWriter.write(c, 1, edges);

        assertThat(view(1)).containsExactlyInAnyOrderElementsOf(rows(edges, 1));
        try (var ps = c.prepareStatement("SELECT weight FROM edges WHERE src = ? AND dst = ?")) {
            for (Edge e : edges) {
                ps.setString(1, e.src());
                ps.setString(2, e.dst());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(Double.doubleToRawLongBits(rs.getDouble(1)))
                            .isEqualTo(Double.doubleToRawLongBits(e.weight()));
                }
            }
        }
    }

    @Test
    void firstGraph_ofEdgesSharingAKey_theLastWins() throws SQLException {
        List<Edge> edges = new ArrayList<>(edges(EdgeWriter.ROWS_PER_INSERT + 3, ""));
        Edge again = edges.get(5);
        edges.add(new Edge(again.kind(), again.src(), again.dst(), 0.125, "later"));

        EdgeWriter.write(c, 1, edges);

        List<Edge> expected = new ArrayList<>(edges.subList(0, edges.size() - 1));
        expected.set(5, edges.get(edges.size() - 1));
        assertThat(view(1)).containsExactlyInAnyOrderElementsOf(rows(expected, 1));
    }

    @Test
    void secondGraph_closesGoneAndChanged_insertsNew_keepsIdenticalRows() throws SQLException {
        List<Edge> first = edges(EdgeWriter.ROWS_PER_INSERT + 7, "");
        EdgeWriter.write(c, 1, first);
        List<Edge> second = new ArrayList<>(first.subList(0, 40)); // kept as they are
        for (Edge e : first.subList(40, 50)) { // same key, new weight
            second.add(new Edge(e.kind(), e.src(), e.dst(), e.weight() / 3, e.evidence()));
        }
        second.addAll(edges(EdgeWriter.ROWS_PER_INSERT + 1, "new/")); // first.subList(50, …) is gone

        EdgeWriter.write(c, 2, second);

        List<String> expected = new ArrayList<>(rows(second.subList(0, 40), 1));
        expected.addAll(rows(second.subList(40, second.size()), 2));
        assertThat(view(2)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(view(1)).containsExactlyInAnyOrderElementsOf(rows(first, 1));
        assertThat(EdgeWriter.countCurrent(c, "p")).isEqualTo(second.size());
    }

    /** {@code n} distinct edges of every kind; paths with quotes, backslashes and non-ASCII text. */
    private static List<Edge> edges(int n, String prefix) {
        EdgeKind[] kinds = EdgeKind.values();
        List<Edge> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Edge(kinds[i % kinds.length], prefix + "src/\"Fö\\o" + (i % 7) + ".java",
                    prefix + "dst/Bär'" + i + ".java", 0.5 / (1.0 + Math.log(1 + i % 12)) / Math.sqrt(1 + i),
                    i % 5 == 0 ? null : "call ×" + i));
        }
        return out;
    }

    private static List<String> rows(List<Edge> edges, long start) {
        List<String> out = new ArrayList<>();
        edges.forEach(e -> out.add(e.kind().id() + "|" + e.src() + "|" + e.dst() + "|" + e.weight() + "|"
                + e.evidence() + "|" + start));
        return out;
    }

    private List<String> view(long snapshotId) throws SQLException {
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(VIEW)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getDouble(4)
                            + "|" + rs.getString(5) + "|" + rs.getLong(6));
                    assertThat(keys.add(rs.getString(1) + rs.getString(2) + rs.getString(3))).isTrue();
                }
            }
        }
        return out;
    }
}
