package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.snapshot.ContentCodec;
import dev.memlayer.schema.SchemaException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRunTest {

    private static final List<String> INDEXED = List.of(".gitignore", "README.md", "docs/guide.md", "src/Main.java");

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private RevCommit commit;
    private final IndexRun run = new IndexRun(IndexSettings.defaults().withMaxFileBytes(1024), Clock.systemUTC());

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("data/memlayer.db");
        repo = TestRepo.git(tmp.resolve("app"));
        byte[] withNul = new byte[64];
        withNul[10] = 0;
        Arrays.fill(withNul, 11, 64, (byte) 'x');
        repo.write(".gitignore", "ignored/\n*.log\n")
                .write("src/Main.java", "class Main {\n  void run() {}\n}\n")
                .write("README.md", "# app\nno newline at end")
                .write("docs/guide.md", "guide\n")
                .write("ignored/notes.txt", "ignored dir\n")
                .write("app.log", "ignored file\n")
                .write("logo.png", "not really a png")
                .write("blob.dat", withNul, TestRepo.OLD)
                .write("big.txt", "x".repeat(2048))
                .write(".env", "TOKEN=1\n")
                .write("id_rsa", "key\n")
                .write("config/secrets.yaml", "password: 1\n")
                .write("node_modules/lib/index.js", "module.exports = 1;\n")
                .write("package-lock.json", "{}\n");
        commit = repo.commitAll("initial");
    }

    private IndexSummary index(boolean full) {
        return run.run(repo.root(), db, full);
    }

    @Test
    void index_firstRun_countsFilesAndSkipsIgnoredBinaryOversizeAndSecretFiles() throws Exception {
        IndexSummary s = index(false);

        assertThat(s.files()).isEqualTo(4);
        assertThat(s.changed()).isEqualTo(4);
        assertThat(s.reused()).isZero();
        // logo.png, blob.dat (NUL), big.txt (oversize), .env, id_rsa, secrets.yaml, node_modules/, package-lock.json
        assertThat(s.skipped()).isEqualTo(8);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.db()).isEqualTo(db.toString());
        assertThat(TestDb.column(db, "SELECT path FROM manifest ORDER BY path")).containsExactlyElementsOf(INDEXED);
        assertThat(TestDb.column(db, "SELECT language FROM manifest WHERE path = 'src/Main.java'"))
                .containsExactly("java");
        assertThat(TestDb.column(db, "SELECT lines FROM manifest WHERE path = 'README.md'")).containsExactly(2);
        assertThat(TestDb.column(db, "SELECT content_hash FROM manifest")).allSatisfy(
                h -> assertThat((String) h).matches("[0-9a-f]{32}"));
    }

    @Test
    void index_gitRepository_recordsCommitBranchAndCleanTree() {
        IndexSummary s = index(false);

        assertThat(s.commit()).isEqualTo(commit.name());
        assertThat(s.branch()).isEqualTo("main");
        assertThat(s.dirty()).isFalse();
        assertThat(s.project().root()).isEqualTo(repo.root().toString());
    }

    @Test
    void index_untrackedOrModifiedOrStagedFile_marksDirty() throws Exception {
        repo.write("new.txt", "untracked\n");
        assertThat(index(false).dirty()).isTrue();

        repo.delete("new.txt").write("docs/guide.md", "changed guide\n");
        assertThat(index(false).dirty()).isTrue();

        repo.git().add().addFilepattern("docs/guide.md").call();
        assertThat(index(false).dirty()).isTrue();

        repo.commitAll("second");
        repo.write("more.log", "ignored, so still clean\n");
        assertThat(index(false).dirty()).isFalse();
    }

    @Test
    void index_secondRun_reusesUnchangedFiles() {
        index(false);
        IndexSummary second = index(false);

        assertThat(second.reused()).isEqualTo(second.files()).isEqualTo(4);
        assertThat(second.changed()).isZero();
        assertThat(second.removed()).isZero();
        assertThat(second.version()).isEqualTo(2);
    }

    @Test
    void index_modifiedFile_countsOneChanged() throws Exception {
        index(false);
        repo.write("README.md", "# app\nnew text\n".getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(60));

        IndexSummary s = index(false);

        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.reused()).isEqualTo(3);
        assertThat(s.dirty()).isTrue();
    }

    @Test
    void index_full_rereadsEverything() {
        index(false);
        IndexSummary s = index(true);

        assertThat(s.reused()).isZero();
        assertThat(s.changed()).isZero();
        assertThat(s.files()).isEqualTo(4);
    }

    @Test
    void index_deletedFile_countsOneRemoved() throws Exception {
        index(false);
        repo.delete("docs/guide.md");

        IndexSummary s = index(false);

        assertThat(s.removed()).isEqualTo(1);
        assertThat(s.files()).isEqualTo(3);
        assertThat(TestDb.column(db, "SELECT path FROM manifest m JOIN snapshots s ON " + TestDb.HELD
                + " WHERE s.version = 2 ORDER BY path")).doesNotContain("docs/guide.md");
    }

    @Test
    void index_recentlyModifiedFile_isRereadNotReused() throws Exception {
        repo.write("src/Main.java", "class Main {}\n".getBytes(StandardCharsets.UTF_8), Instant.now());
        index(false);

        IndexSummary s = index(false);

        assertThat(s.reused()).isEqualTo(3);
        assertThat(s.changed()).isZero();
    }

    @Test
    void index_threeRuns_versionsIncreaseAndOnlyReadyRowsHaveVersions() throws Exception {
        index(false);
        index(false);
        TestDb.execute(db, "INSERT INTO snapshots (project_id, status, started_at) "
                + "SELECT project_id, 'building', 0 FROM snapshots LIMIT 1");
        index(false);

        assertThat(TestDb.column(db, "SELECT version FROM snapshots WHERE status = 'ready' ORDER BY id"))
                .containsExactly(1, 2, 3);
        assertThat(TestDb.column(db, "SELECT version FROM snapshots WHERE status <> 'ready'")).containsOnlyNulls();
    }

    @Test
    void index_leftoverBuildingRow_isMarkedFailedWithoutManifest() throws Exception {
        index(false);
        TestDb.execute(db, "INSERT INTO snapshots (id, project_id, status, started_at) "
                + "SELECT 99, project_id, 'building', 0 FROM snapshots LIMIT 1");
        // what the crashed run had written: a row of its own, and the current row of README.md closed
        TestDb.execute(db, "INSERT INTO manifest (project_id, path, start_snapshot, content_hash, size, mtime_ms,"
                + " language, lines) SELECT project_id, 'ghost.md', 99, content_hash, size, mtime_ms, language, lines"
                + " FROM manifest WHERE path = 'README.md'");
        TestDb.execute(db, "UPDATE manifest SET end_snapshot = 99 WHERE path = 'README.md'");

        index(false);

        assertThat(TestDb.column(db, "SELECT status FROM snapshots WHERE id = 99")).containsExactly("failed");
        assertThat(TestDb.column(db, "SELECT error FROM snapshots WHERE id = 99").get(0).toString())
                .startsWith("abandoned");
        assertThat(TestDb.column(db, "SELECT count(*) FROM manifest WHERE start_snapshot = 99 OR end_snapshot = 99"))
                .containsExactly(0);
        assertThat(TestDb.column(db, "SELECT path FROM manifest m JOIN snapshots s ON " + TestDb.HELD
                + " WHERE s.version = 2 ORDER BY path")).contains("README.md").doesNotContain("ghost.md");
    }

    @Test
    void index_storedContent_inflatesToFileBytes() throws Exception {
        index(false);

        byte[] stored = (byte[]) TestDb.column(db, "SELECT c.data FROM contents c JOIN manifest m"
                + " ON m.content_hash = c.content_hash WHERE m.path = 'src/Main.java'").get(0);

        assertThat(ContentCodec.inflate(stored)).isEqualTo(Files.readAllBytes(repo.root().resolve("src/Main.java")));
        assertThat(TestDb.column(db, "SELECT DISTINCT compression FROM contents")).containsExactly("deflate");
    }

    @Test
    void index_fromSubdirectory_usesWorkTreeTopAndSameProjectId() throws Exception {
        IndexSummary top = index(false);
        IndexSummary sub = run.run(repo.root().resolve("src"), db, false);

        assertThat(sub.project()).isEqualTo(top.project());
        assertThat(TestDb.column(db, "SELECT count(*) FROM projects")).containsExactly(1);
    }

    @Test
    void index_twoRootsWithSameFolderName_disambiguatesName() throws Exception {
        IndexSummary first = index(false);
        Path other = TestRepo.plain(tmp.resolve("elsewhere/app")).write("a.txt", "a\n").root();

        IndexSummary second = run.run(other, db, false);

        assertThat(first.project().name()).isEqualTo("app");
        assertThat(second.project().name()).isEqualTo("app-" + second.project().id().substring(0, 6));
        assertThat(second.project().id()).isNotEqualTo(first.project().id());
    }

    @Test
    void index_nonGitFolder_indexesAndHonoursGitignore() throws Exception {
        Path plain = TestRepo.plain(tmp.resolve("plain"))
                .write(".gitignore", "*.tmp\n").write("a.txt", "a\n").write("b.tmp", "b\n")
                .write("sub/.gitignore", "local.txt\n").write("sub/local.txt", "l\n").write("sub/kept.txt", "k\n")
                .root();

        IndexSummary s = run.run(plain, db, false);

        assertThat(s.commit()).isNull();
        assertThat(s.branch()).isNull();
        assertThat(s.dirty()).isFalse();
        assertThat(TestDb.column(db, "SELECT path FROM manifest ORDER BY path"))
                .containsExactly(".gitignore", "a.txt", "sub/.gitignore", "sub/kept.txt");
    }

    @Test
    void index_newerSchemaDatabase_isRefused() throws Exception {
        index(false);
        TestDb.execute(db, "INSERT INTO schema_migrations VALUES (99, 'V99__future', 'x', 0)");

        assertThatThrownBy(() -> index(false)).isInstanceOf(SchemaException.class).hasMessageContaining("newer");
    }
}
