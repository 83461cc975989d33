package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memlayer index --rev}: a commit's tree from git objects, nothing checked out. */
class RevisionIndexTest {

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private RevCommit first;
    private RevCommit second;
    private final IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC());

    @BeforeEach
    void history() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        repo.write("src/A.java", "class A { int v = 1; }\n").write("src/B.java", "class B {}\n");
        first = repo.commitAll("first");
        repo.write("src/A.java", "class A { int v = 2; }\n").write("src/C.java", "class C {}\n");
        second = repo.commitAll("second");
        repo.write("src/Uncommitted.java", "class U {}\n");
    }

    @Test
    void indexRev_readsTheCommitsTree_notTheWorkingTree() throws Exception {
        IndexSummary s = run.run(repo.root(), db, false, first.name());

        assertThat(s.commit()).isEqualTo(first.name());
        assertThat(s.dirty()).isFalse();
        assertThat(TestDb.column(db, "SELECT path FROM manifest ORDER BY path")).containsExactly("src/A.java",
                "src/B.java");
        assertThat(TestDb.column(db, "SELECT rev FROM snapshots WHERE version = 1")).containsExactly(first.name());
        assertThat(Files.readString(repo.root().resolve("src/A.java"))).contains("v = 2"); // nothing checked out
    }

    @Test
    void indexRev_sameRevisionAgain_reusesEveryBlobWithoutReading() {
        run.run(repo.root(), db, false, first.name());
        IndexSummary again = run.run(repo.root(), db, false, first.name());

        assertThat(again.reused()).isEqualTo(2);
        assertThat(again.changed()).isZero();
    }

    @Test
    void indexRev_afterTheWorkingTree_rereadsOnlyWhatDiffers() throws Exception {
        run.run(repo.root(), db, false);
        IndexSummary older = run.run(repo.root(), db, false, "HEAD~1");

        assertThat(older.commit()).isEqualTo(first.name());
        assertThat(older.files()).isEqualTo(2);
        assertThat(older.changed()).isEqualTo(1); // A.java differs at the older commit
        assertThat(older.removed()).isEqualTo(2); // C.java and the uncommitted file are not there
    }

    @Test
    void indexRev_branchName_recordsTheBranch() {
        assertThat(run.run(repo.root(), db, false, "main").branch()).isEqualTo("main");
        assertThat(run.run(repo.root(), db, false, second.name()).branch()).isNull();
    }

    @Test
    void indexRev_unknownRevision_failsWithOneLine() {
        assertThatThrownBy(() -> run.run(repo.root(), db, false, "no-such-branch"))
                .isInstanceOf(IndexerException.class).hasMessageContaining("unknown revision 'no-such-branch'");
    }

    @Test
    void indexRev_outsideGit_failsWithOneLine() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("x.txt"), "x\n");
        assertThatThrownBy(() -> run.run(plain, db, false, "HEAD")).isInstanceOf(IndexerException.class)
                .hasMessageContaining("needs a git repository");
    }

    @Test
    void indexRev_bareRepository_readsObjects_andWorkingTreeIndexIsRefused() throws Exception {
        Path bare = tmp.resolve("bare.git");
        org.eclipse.jgit.api.Git.cloneRepository().setURI(repo.root().toUri().toString()).setBare(true)
                .setDirectory(bare.toFile()).call().close();

        IndexSummary s = run.run(bare, db, false, first.name());

        assertThat(s.files()).isEqualTo(2);
        assertThat(s.commit()).isEqualTo(first.name());
        assertThatThrownBy(() -> run.run(bare, db, false)).isInstanceOf(IndexerException.class)
                .hasMessageContaining("bare repository");
    }
}
