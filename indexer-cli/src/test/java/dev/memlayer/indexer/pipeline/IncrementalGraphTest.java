package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.resolve.Edge;
import dev.memlayer.indexer.resolve.GraphResolver;
import dev.memlayer.indexer.resolve.GraphVersion;
import dev.memlayer.indexer.resolve.ImportRulesRegistry;
import dev.memlayer.indexer.resolve.IncrementalGraph;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.SnapshotFactsReader;
import dev.memlayer.indexer.resolve.StoredFiles;
import dev.memlayer.schema.SnapshotRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run's graph (previous edges copied, affected ones resolved again) against a full
 * resolve of the same snapshot, edge for edge (kind, source, target, weight, evidence), over a
 * scripted repository in six languages: edits that change which names a file defines, adds, renames,
 * deletes, and edits of files import rules read (go.mod, tsconfig.json, a Kotlin package line).
 */
class IncrementalGraphTest {

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private int step;
    private final ExtractorRegistry extractors = ExtractorRegistry.standard();
    private final ImportRulesRegistry rules = ImportRulesRegistry.standard();

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        // Java: a service calling a repository, a subclass, a test
        edit("src/main/java/com/acme/Repo.java", """
                package com.acme;
                public class Repo {
                    public void persist(String s) { }
                    public void flush() { }
                }
                """);
        edit("src/main/java/com/acme/Service.java", """
                package com.acme;
                import com.acme.Repo;
                public class Service extends Base {
                    private final Repo repo = new Repo();
                    public void save(String s) { repo.persist(s); repo.flush(); helper(); }
                }
                """);
        edit("src/main/java/com/acme/Base.java", """
                package com.acme;
                public class Base {
                    protected void helper() { }
                }
                """);
        edit("src/test/java/com/acme/ServiceTest.java", """
                package com.acme;
                import com.acme.Service;
                class ServiceTest {
                    void saves() { new Service().save("x"); }
                }
                """);
        // Python: a relative import and a package
        edit("pkg/__init__.py", "");
        edit("pkg/util.py", "def helper():\n    return 1\n\ndef shared():\n    return 2\n");
        edit("pkg/main.py", "from .util import helper\n\ndef run():\n    return helper() + shared()\n");
        edit("tests/test_util.py", "from pkg.util import helper\n\ndef test_helper():\n    assert helper() == 1\n");
        // a test whose source does not exist yet
        edit("tests/test_helpers.py", "import os\n\ndef test_helpers():\n    assert os.sep\n");
        // TypeScript: relative imports, an index file, tsconfig paths
        edit("web/tsconfig.json", "{ \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@lib/*\": [\"src/lib/*\"] } } }\n");
        edit("web/src/lib/math.ts", "export function add(a: number, b: number) { return a + b; }\n"
                + "export class Calculator { total() { return add(1, 2); } }\n");
        edit("web/src/lib/index.ts", "export * from './math';\n");
        edit("web/src/app.ts", "import { add } from '@lib/math';\nimport { Calculator } from './lib';\n"
                + "export class App extends Calculator { run() { return add(2, 3); } }\n");
        edit("web/src/app.spec.ts", "import { App } from './app';\ntest('runs', () => new App().run());\n");
        // Go: module path from go.mod, package directories
        edit("go.mod", "module example.com/m\n\ngo 1.22\n");
        edit("pkg/a/a.go", "package a\n\nfunc A() int { return B() }\n");
        edit("pkg/a/b.go", "package a\n\nfunc B() int { return 1 }\n");
        edit("cmd/main.go", "package main\n\nimport \"example.com/m/pkg/a\"\n\nfunc main() { a.A() }\n");
        edit("pkg/a/a_test.go", "package a\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { A() }\n");
        // Kotlin: top-level functions found through package lines
        edit("src/main/kotlin/com/acme/text/Util.kt", "package com.acme.text\n\nfun shout(s: String) = s.uppercase()\n");
        edit("src/main/kotlin/com/acme/Main.kt", "package com.acme\n\nimport com.acme.text.shout\n\n"
                + "fun main() { println(shout(\"hi\")) }\n");
        // Rust: mod and use crate::
        edit("Cargo.toml", "[package]\nname = \"r\"\nversion = \"0.1.0\"\n");
        edit("src/lib.rs", "pub mod net;\n\npub fn start() { net::connect(); }\n");
        edit("src/net.rs", "pub fn connect() {}\n\npub struct Socket;\n");
        edit("src/main.rs", "use crate::net::connect;\n\nfn main() { connect(); }\n");
        repo.commitAll("initial");
        index();
    }

    @Test
    void noChange_copiesEveryEdge_andRecordsTheGraphVersion() throws Exception {
        assertIncrementalEqualsFull();
        assertThat(TestDb.column(db, "SELECT DISTINCT graph_version FROM snapshots"))
                .containsExactly(GraphVersion.of(extractors));
    }

    @Test
    void edits_thatChangeDefinedNames_relinkTheirCallers() throws Exception {
        Set<String> before = edges(latest());
        // Repo renames persist → store: Service's call edge to Repo must lose "persist" (the name is gone)
        edit("src/main/java/com/acme/Repo.java", """
                package com.acme;
                public class Repo {
                    public void store(String s) { }
                    public void flush() { }
                }
                """);
        // util.py stops defining shared(): main.py's call edge goes; a new definer of helper appears
        edit("pkg/util.py", "def helper():\n    return 1\n");
        edit("pkg/other.py", "def shared():\n    return 3\n");
        // net.rs gains a second definer of connect's caller's target; Socket type removed
        edit("src/net.rs", "pub fn connect() {}\n\npub fn close() {}\n");
        repo.commitAll("edits");

        assertIncrementalEqualsFull();
        assertThat(before).anyMatch(e -> e.startsWith("call src/main/java/com/acme/Service.java"
                + " -> src/main/java/com/acme/Repo.java"));
        assertThat(edges(latest())).noneMatch(e -> e.startsWith("call pkg/main.py -> pkg/util.py") && e.contains("shared"));
        assertThat(edges(latest())).anyMatch(e -> e.startsWith("call pkg/main.py -> pkg/other.py"));
    }

    @Test
    void addsRenamesAndDeletes_giveTheSameGraphAsAFullResolve() throws Exception {
        // add: a second definer of add(), B() and of the type Service extends, a new test, the source
        // an old test is named after
        edit("web/src/lib/extra.ts", "export function add(x: number) { return x; }\n");
        edit("src/main/java/com/other/Base.java", "package com.other;\npublic class Base { }\n");
        edit("pkg/helpers.py", "def nothing():\n    return None\n");
        edit("pkg/a/c.go", "package a\n\nfunc B2() int { return B() }\n");
        edit("src/test/java/com/acme/RepoTest.java", "package com.acme;\nclass RepoTest { void t() { new Repo().flush(); } }\n");
        index();
        assertIncrementalEqualsFull();
        assertThat(edges(latest())).anyMatch(e -> e.startsWith("test tests/test_helpers.py -> pkg/helpers.py"));
        assertThat(edges(latest())).anyMatch(e -> e.startsWith("type src/main/java/com/acme/Service.java"
                + " -> src/main/java/com/other/Base.java"));

        // rename: math.ts → arith.ts (app.ts's '@lib/math' import now resolves nowhere), Base.java moved
        String math = read("web/src/lib/math.ts");
        repo.delete("web/src/lib/math.ts");
        edit("web/src/lib/arith.ts", math);
        String base = read("src/main/java/com/acme/Base.java");
        repo.delete("src/main/java/com/acme/Base.java");
        edit("src/main/java/com/acme/core/Base.java", base.replace("package com.acme;", "package com.acme.core;"));
        repo.commitAll("renames");
        index();
        assertIncrementalEqualsFull();

        // delete: the Go package's helper, the Kotlin utility, a Python module
        repo.delete("pkg/a/b.go").delete("src/main/kotlin/com/acme/text/Util.kt").delete("pkg/util.py");
        repo.commitAll("deletes");
        index();
        assertIncrementalEqualsFull();
    }

    @Test
    void editsOfFilesImportRulesRead_reresolveThatLanguagesImports() throws Exception {
        Set<String> before = edges(latest());
        edit("go.mod", "module example.com/renamed\n\ngo 1.22\n");
        index();
        assertIncrementalEqualsFull();
        assertThat(before).anyMatch(e -> e.startsWith("import cmd/main.go -> pkg/a/a.go"));
        assertThat(edges(latest())).noneMatch(e -> e.startsWith("import cmd/main.go -> pkg/a/"));

        edit("web/tsconfig.json", "{ \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@lib/*\": [\"src/*\"] } } }\n");
        index();
        assertIncrementalEqualsFull();

        edit("src/main/kotlin/com/acme/text/Util.kt", "package com.acme.words\n\nfun shout(s: String) = s.uppercase()\n");
        index();
        assertIncrementalEqualsFull();
    }

    /**
     * The latest snapshot's stored edges (written by the run, incrementally), and the same edges
     * written again by an explicit incremental update (which must not fall back), both equal a full
     * resolve of that snapshot's facts.
     */
    private void assertIncrementalEqualsFull() throws Exception {
        index();
        long[] ids = lastTwo();
        Set<String> full = fullResolve(ids[1]);
        assertThat(full).isNotEmpty();
        assertThat(edges(ids[1])).containsExactlyInAnyOrderElementsOf(full);

        try (Connection c = TestDb.open(db)) {
            // undo the latest snapshot's edge rows: the current ones are the previous snapshot's again
            execute(c, "DELETE FROM edges WHERE start_snapshot = " + ids[1]);
            execute(c, "UPDATE edges SET end_snapshot = NULL WHERE end_snapshot = " + ids[1]);
            OptionalInt n = new IncrementalGraph(new GraphResolver(rules), extractors)
                    .update(c, ids[0], ids[1], manifest(c, ids[0]), manifest(c, ids[1]));
            assertThat(n).hasValue(full.size());
        }
        assertThat(edges(ids[1])).containsExactlyInAnyOrderElementsOf(full);
    }

    private Set<String> fullResolve(long snapshotId) throws SQLException {
        try (Connection c = TestDb.open(db)) {
            var nodes = new SnapshotFactsReader(extractors).read(c, snapshotId);
            var context = new StoredFiles(c, snapshotId, new PathIndex(nodes.keySet()));
            Set<String> out = new TreeSet<>();
            for (Edge e : new GraphResolver(rules).resolve(nodes, context)) {
                out.add(line(e.kind().id(), e.src(), e.dst(), e.weight(), e.evidence()));
            }
            return out;
        }
    }

    private Set<String> edges(long snapshotId) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = TestDb.open(db);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT kind, src, dst, weight, evidence FROM edges WHERE " + SnapshotRows.visibleIn("edges"))) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static String line(String kind, String src, String dst, double weight, String evidence) {
        return kind + " " + src + " -> " + dst + " " + weight + " " + evidence;
    }

    private static Map<String, String> manifest(Connection c, long snapshotId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, content_hash FROM manifest m WHERE "
                + SnapshotRows.visibleIn("m"))) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private long latest() throws SQLException {
        return lastTwo()[1];
    }

    private long[] lastTwo() throws SQLException {
        var ids = TestDb.column(db, "SELECT id FROM snapshots WHERE status = 'ready' ORDER BY version DESC LIMIT 2");
        return new long[] {((Number) ids.get(ids.size() - 1)).longValue(), ((Number) ids.get(0)).longValue()};
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void index() {
        new IndexRun(IndexSettings.defaults(), Clock.systemUTC(), extractors, rules).run(repo.root(), db, false);
    }

    /** Writes with a new mtime each time, so the run sees the edit whatever the size. */
    private void edit(String path, String text) throws Exception {
        repo.write(path, text.getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(++step));
    }

    private String read(String path) throws Exception {
        return java.nio.file.Files.readString(repo.root().resolve(path));
    }
}
