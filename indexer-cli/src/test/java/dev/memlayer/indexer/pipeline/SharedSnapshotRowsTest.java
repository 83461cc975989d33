package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.ImportRulesRegistry;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import dev.memlayer.schema.SnapshotRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifest and edge rows are shared by the snapshots they hold in (schema 6): a run writes rows only for
 * what changed, an older snapshot keeps reading exactly its own view, a failed run leaves no trace, and
 * retention deletes the rows only expired snapshots held.
 */
class SharedSnapshotRowsTest {

    private static final String MANIFEST_ROWS = "SELECT path || ' ' || content_hash || ' ' || start_snapshot || '-'"
            + " || coalesce(end_snapshot, '') FROM manifest ORDER BY 1";
    private static final String EDGE_ROWS = "SELECT kind || ' ' || src || ' ' || dst || ' ' || weight || ' '"
            + " || start_snapshot || '-' || coalesce(end_snapshot, '') FROM edges ORDER BY 1";
    private static final String VIEW_MANIFEST = "SELECT m.path || ' ' || m.content_hash || ' ' || m.size || ' '"
            + " || m.mtime_ms FROM manifest m WHERE " + SnapshotRows.visibleIn("m") + " ORDER BY 1";
    private static final String VIEW_EDGES = "SELECT m.kind || ' ' || m.src || ' ' || m.dst || ' ' || m.weight"
            + " FROM edges m WHERE " + SnapshotRows.visibleIn("m") + " ORDER BY 1";

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private int step;
    /** Set to make the next run fail while resolving its graph, after its manifest rows are written. */
    private volatile boolean tripped;

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        edit("src/main/java/com/acme/Repo.java", "package com.acme;\npublic class Repo {\n"
                + "    public void persist(String s) { }\n    public void flush() { }\n}\n");
        edit("src/main/java/com/acme/Service.java", "package com.acme;\nimport com.acme.Repo;\n"
                + "public class Service {\n    void save(Repo r) { r.persist(\"x\"); }\n}\n");
        edit("src/main/java/com/acme/Audit.java", "package com.acme;\nimport com.acme.Repo;\n"
                + "public class Audit {\n    void log(Repo r) { r.flush(); }\n}\n");
        edit("src/test/java/com/acme/ServiceTest.java", "package com.acme;\nimport com.acme.Service;\n"
                + "class ServiceTest {\n    void saves() { new Service(); }\n}\n");
        edit("README.md", "# app\n");
        repo.commitAll("initial");
        index(5);
    }

    @Test
    void oneChangedFile_writesOnlyItsRows_andLeavesEveryOtherRowUntouched() throws Exception {
        List<Object> manifestBefore = TestDb.column(db, MANIFEST_ROWS);
        List<Object> edgesBefore = TestDb.column(db, EDGE_ROWS);
        assertThat(manifestBefore).hasSize(5).allSatisfy(r -> assertThat(r.toString()).endsWith(" 1-"));

        edit("src/main/java/com/acme/Service.java", "package com.acme;\nimport com.acme.Repo;\n"
                + "public class Service {\n    void save(Repo r) { r.flush(); }\n}\n");
        index(5);

        String service = "src/main/java/com/acme/Service.java";
        List<Object> manifestAfter = TestDb.column(db, MANIFEST_ROWS);
        assertThat(manifestAfter).hasSize(manifestBefore.size() + 1);
        assertThat(without(manifestAfter, service)).isEqualTo(without(manifestBefore, service));
        assertThat(TestDb.column(db, "SELECT path FROM manifest WHERE start_snapshot = 2")).containsExactly(service);
        assertThat(TestDb.column(db, "SELECT path FROM manifest WHERE end_snapshot = 2")).containsExactly(service);

        // the call edge Service → Repo changed evidence (persist → flush): only Service's edges were replaced
        List<Object> edgesAfter = TestDb.column(db, EDGE_ROWS);
        assertThat(without(edgesAfter, "call " + service)).isEqualTo(without(edgesBefore, "call " + service));
        assertThat(TestDb.column(db, "SELECT DISTINCT src FROM edges WHERE start_snapshot = 2 OR end_snapshot = 2"))
                .containsExactly(service);
        assertThat(edgesAfter.size()).isEqualTo(edgesBefore.size()
                + TestDb.column(db, "SELECT count(*) FROM edges WHERE start_snapshot = 2").get(0).hashCode());
    }

    @Test
    void olderSnapshot_readsExactlyItsOwnViewAfterLaterOnesPublish() throws Exception {
        List<Object> manifest1 = TestDb.column(db, VIEW_MANIFEST, 1);
        List<Object> edges1 = TestDb.column(db, VIEW_EDGES, 1);
        assertThat(edges1).isNotEmpty();

        edit("src/main/java/com/acme/Service.java", "package com.acme;\npublic class Service { }\n");
        repo.delete("src/main/java/com/acme/Audit.java");
        edit("src/main/java/com/acme/Extra.java", "package com.acme;\nimport com.acme.Repo;\n"
                + "class Extra {\n    void go(Repo r) { r.persist(\"y\"); }\n}\n");
        index(5);
        edit("README.md", "# app, again\n");
        index(5);

        assertThat(TestDb.column(db, VIEW_MANIFEST, 1)).isEqualTo(manifest1);
        assertThat(TestDb.column(db, VIEW_EDGES, 1)).isEqualTo(edges1);
        List<Object> paths3 = TestDb.column(db, "SELECT m.path FROM manifest m WHERE " + SnapshotRows.visibleIn("m")
                + " ORDER BY 1", 3);
        assertThat(paths3).contains("src/main/java/com/acme/Extra.java")
                .doesNotContain("src/main/java/com/acme/Audit.java").hasSize(5);
        assertThat(TestDb.column(db, VIEW_EDGES, 3)).noneMatch(e -> e.toString().contains("Audit.java"))
                .anyMatch(e -> e.toString().startsWith("import src/main/java/com/acme/Extra.java"));
    }

    @Test
    void failedRun_leavesNoTrace_andTheNextRunStartsFromThePreviousSnapshot() throws Exception {
        List<Object> manifestBefore = TestDb.column(db, MANIFEST_ROWS);
        List<Object> edgesBefore = TestDb.column(db, EDGE_ROWS);
        edit("src/main/java/com/acme/Service.java", "package com.acme;\npublic class Service { }\n");
        repo.delete("src/main/java/com/acme/Audit.java");
        edit("src/main/java/com/acme/Extra.java", "package com.acme;\nimport com.acme.Repo;\nclass Extra { }\n");

        tripped = true;
        assertThatThrownBy(() -> index(5)).hasMessageContaining("tripwire");

        assertThat(TestDb.column(db, "SELECT status FROM snapshots ORDER BY id")).containsExactly("ready", "failed");
        assertThat(TestDb.column(db, MANIFEST_ROWS)).isEqualTo(manifestBefore);
        assertThat(TestDb.column(db, EDGE_ROWS)).isEqualTo(edgesBefore);

        tripped = false;
        index(5);
        List<Object> paths = TestDb.column(db, "SELECT m.path FROM manifest m WHERE " + SnapshotRows.visibleIn("m")
                + " ORDER BY 1", 3);
        assertThat(paths).contains("src/main/java/com/acme/Extra.java").doesNotContain("src/main/java/com/acme/Audit.java");
        assertThat(TestDb.column(db, "SELECT count(*) FROM manifest WHERE start_snapshot = 2 OR end_snapshot = 2"
                + " UNION ALL SELECT count(*) FROM edges WHERE start_snapshot = 2 OR end_snapshot = 2"))
                .containsExactly(0, 0);
    }

    @Test
    void retention_deletesTheRowsOnlyExpiredSnapshotsHeld() throws Exception {
        for (int i = 1; i <= 3; i++) {
            edit("src/main/java/com/acme/Service.java", "package com.acme;\nimport com.acme.Repo;\n"
                    + "public class Service {\n    void save" + i + "(Repo r) { r." + (i % 2 == 0 ? "flush" : "persist")
                    + "(\"x\"); }\n}\n");
            index(2);
        }
        List<Object> kept = TestDb.column(db, "SELECT id FROM snapshots ORDER BY id");
        assertThat(kept).containsExactly(3, 4);
        // Service's revisions of snapshots 1 and 2 are gone; 3's (closed at 4) and 4's remain
        assertThat(TestDb.column(db, "SELECT start_snapshot || '-' || coalesce(end_snapshot, '') FROM manifest"
                + " WHERE path = 'src/main/java/com/acme/Service.java' ORDER BY 1")).containsExactly("3-4", "4-");
        assertThat(TestDb.column(db, "SELECT count(*) FROM manifest WHERE end_snapshot <= 3"
                + " UNION ALL SELECT count(*) FROM edges WHERE end_snapshot <= 3")).containsExactly(0, 0);
        assertThat(TestDb.column(db, "SELECT count(*) FROM contents")).containsExactly(6);
        for (long id : List.of(3L, 4L)) {
            assertThat(TestDb.column(db, VIEW_MANIFEST, id)).hasSize(5);
        }
    }

    private static List<Object> without(List<Object> rows, String prefix) {
        List<Object> out = new ArrayList<>();
        rows.stream().filter(r -> !r.toString().startsWith(prefix)).forEach(out::add);
        return out;
    }

    private void index(int keep) {
        ImportRules java = ImportRulesRegistry.standard().forLanguage(Language.JAVA).orElseThrow();
        ImportRules tripwire = new ImportRules() {
            @Override
            public Set<Language> languages() {
                return java.languages();
            }

            @Override
            public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
                if (tripped) {
                    throw new IllegalStateException("tripwire: graph resolution failed");
                }
                return java.resolve(imp, fromPath, context);
            }
        };
        List<ImportRules> rules = new ArrayList<>(ImportRulesRegistry.standard().all());
        rules.add(tripwire);
        new IndexRun(IndexSettings.defaults().withKeepSnapshots(keep), Clock.systemUTC(), ExtractorRegistry.standard(),
                new ImportRulesRegistry(rules)).run(repo.root(), db, false);
    }

    private void edit(String path, String text) throws Exception {
        repo.write(path, text.getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(++step));
    }
}
