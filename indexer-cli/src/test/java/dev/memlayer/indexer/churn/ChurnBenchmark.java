package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: times churn on a real clone. Run with
 * {@code mvn -B -pl indexer-cli -am test -Dtest=ChurnBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmemlayer.bench.repo=/work/ext/hugo [-Dmemlayer.bench.old=<sha>]}.
 */
@EnabledIfSystemProperty(named = "memlayer.bench.repo", matches = ".+")
class ChurnBenchmark {

    @TempDir
    Path tmp;

    @Test
    void timeColdNothingNewOneNewCommitAndOldRevision() throws Exception {
        Path root = Path.of(System.getProperty("memlayer.bench.repo"));
        try (GitWorkTree tree = GitWorkTree.open(root);
                Connection c = WriterDatabase.openAndMigrate(tmp.resolve("bench.db"), Clock.systemUTC())) {
            Repository repo = tree.repository().orElseThrow();
            String project = new ProjectRegistry(c, Clock.systemUTC()).register(tree.root()).id();
            ChurnService service = new ChurnService(Clock.systemUTC());
            ObjectId head = repo.resolve("HEAD^{commit}");
            ObjectId parent = repo.resolve("HEAD~1^{commit}");
            report(root + " cold (HEAD~1)", service.ensure(c, repo, project, parent));
            report(root + " nothing new (HEAD~1 again)", service.ensure(c, repo, project, parent));
            report(root + " one new commit (HEAD)", service.ensure(c, repo, project, head));
            String old = System.getProperty("memlayer.bench.old");
            if (old != null && !old.isBlank()) {
                report(root + " old revision " + old.substring(0, 12), service.ensure(c, repo, project,
                        repo.resolve(old + "^{commit}")));
            }
            try (var st = c.createStatement();
                    var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM commits), (SELECT COUNT(*) FROM commit_files),"
                            + " (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size)")) {
                rs.next();
                System.out.printf("BENCH %s stored commits=%d commit_files=%d db_bytes=%d%n", root, rs.getLong(1),
                        rs.getLong(2), rs.getLong(3));
            }
        }
    }

    private static void report(String what, ChurnOutcome o) {
        System.out.printf("BENCH %s: %d ms, diffed=%d, window=%d, churn rows=%d, cochange rows=%d, reused=%s%n",
                what, o.durationMs(), o.commitsDiffed(), o.commitsInWindow(), o.files(), o.pairs(), o.reused());
    }
}
