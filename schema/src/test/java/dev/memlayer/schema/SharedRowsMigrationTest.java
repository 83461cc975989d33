package dev.memlayer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V6 converts a schema-5 database in place: each ready snapshot still holds exactly the manifest and edge
 * rows it stored per snapshot before, identical rows of consecutive ready snapshots become one range, and
 * rows of snapshots that never published are dropped.
 */
class SharedRowsMigrationTest {

    @TempDir
    Path dir;

    /** Schema-5 manifest of every snapshot: id → "path hash" lines; and edges: id → "kind src dst weight evidence". */
    private final Map<Long, List<String>> manifestBefore = new TreeMap<>();
    private final Map<Long, List<String>> edgesBefore = new TreeMap<>();

    @Test
    void migrate_schema5Database_keepsEverySnapshotsViewInSharedRanges() throws SQLException {
        try (Connection c = SqliteSettings.writer(dir.resolve("v5.db")).getConnection()) {
            migrateTo5(c);
            exec(c, "INSERT INTO projects VALUES ('p', 'p', '/p', 0), ('q', 'q', '/q', 0)");
            snapshot(c, 1, "p", "ready", 1);
            snapshot(c, 2, "q", "ready", 1);
            snapshot(c, 3, "p", "failed", null);
            snapshot(c, 4, "p", "ready", 2);
            snapshot(c, 5, "p", "ready", 3);
            snapshot(c, 6, "p", "building", null);
            rows(c, 1, "a.txt h1", "b.txt h1", "c.txt h1");
            rows(c, 2, "a.txt h9");
            rows(c, 3, "a.txt h1", "x.txt h3");
            rows(c, 4, "a.txt h1", "b.txt h2", "d.txt h4");
            rows(c, 5, "a.txt h1", "b.txt h1", "d.txt h4");
            rows(c, 6, "a.txt h5");
            edges(c, 1, "import a.txt b.txt 1.0 -", "call a.txt c.txt 0.5 run");
            edges(c, 2, "import a.txt b.txt 1.0 -");
            edges(c, 4, "import a.txt b.txt 1.0 -", "call a.txt d.txt 0.5 run");
            edges(c, 5, "import a.txt b.txt 1.0 -", "call a.txt c.txt 0.5 run", "call a.txt d.txt 0.25 run");

            assertThat(new Migrator(Clock.systemUTC()).migrate(c)).isEqualTo(SchemaVersion.CURRENT - 5);

            assertThat(SchemaVerifier.verify(c)).isEqualTo(SchemaVersion.CURRENT);
            for (long ready : List.of(1L, 2L, 4L, 5L)) {
                assertThat(visible(c, "SELECT m.path || ' ' || m.content_hash FROM manifest m", ready))
                        .as("manifest of snapshot %d", ready).isEqualTo(manifestBefore.get(ready));
                assertThat(visible(c, "SELECT m.kind || ' ' || m.src || ' ' || m.dst || ' ' || m.weight || ' '"
                        + " || coalesce(m.evidence, '-') FROM edges m", ready))
                        .as("edges of snapshot %d", ready).isEqualTo(edgesBefore.get(ready));
            }
            assertThat(strings(c, "SELECT project_id || ' ' || path || ' ' || content_hash || ' ' || start_snapshot"
                    + " || '-' || coalesce(end_snapshot, '') FROM manifest ORDER BY 1")).containsExactly(
                    "p a.txt h1 1-", "p b.txt h1 1-4", "p b.txt h1 5-", "p b.txt h2 4-5", "p c.txt h1 1-4",
                    "p d.txt h4 4-", "q a.txt h9 2-");
            assertThat(strings(c, "SELECT project_id || ' ' || dst || ' ' || weight || ' ' || start_snapshot"
                    + " || '-' || coalesce(end_snapshot, '') FROM edges ORDER BY 1")).containsExactly(
                    "p b.txt 1.0 1-", "p c.txt 0.5 1-4", "p c.txt 0.5 5-", "p d.txt 0.25 5-", "p d.txt 0.5 4-5",
                    "q b.txt 1.0 2-");
        }
    }

    /** Applies migrations 1–5 only, as a schema-5 build did. */
    private static void migrateTo5(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(Migrator.CREATE_TABLE);
            for (Migration m : Migrations.all()) {
                if (m.version() > 5) {
                    continue;
                }
                for (String sql : SqlScript.statements(m.sql())) {
                    st.execute(sql);
                }
                try (PreparedStatement ps = c.prepareStatement(Migrator.INSERT_APPLIED)) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.name());
                    ps.setString(3, m.checksum());
                    ps.setLong(4, 0);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void snapshot(Connection c, long id, String project, String status, Integer version)
            throws SQLException {
        exec(c, "INSERT INTO snapshots (id, project_id, version, status, started_at) VALUES (" + id + ", '"
                + project + "', " + version + ", '" + status + "', 0)");
    }

    private void rows(Connection c, long snapshot, String... pathAndHash) throws SQLException {
        for (String row : pathAndHash) {
            String[] f = row.split(" ");
            exec(c, "INSERT INTO manifest VALUES (" + snapshot + ", '" + f[0] + "', '" + f[1] + "', 1, 2, 'text', 3)");
        }
        manifestBefore.put(snapshot, List.of(pathAndHash));
    }

    private void edges(Connection c, long snapshot, String... rows) throws SQLException {
        for (String row : rows) {
            String[] f = row.split(" ");
            String evidence = f[4].equals("-") ? "NULL" : "'" + f[4] + "'";
            exec(c, "INSERT INTO edges VALUES (" + snapshot + ", '" + f[0] + "', '" + f[1] + "', '" + f[2] + "', "
                    + f[3] + ", " + evidence + ")");
        }
        edgesBefore.put(snapshot, List.of(rows).stream().sorted().toList());
    }

    /** The rows of {@code select} (a table aliased m) that snapshot {@code id} holds, sorted. */
    private static List<String> visible(Connection c, String select, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select + " WHERE " + SnapshotRows.visibleIn("m")
                + " ORDER BY 1")) {
            ps.setLong(1, id);
            return strings(ps);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return strings(ps);
        }
    }

    private static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
