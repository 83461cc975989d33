package dev.memlayer.indexer.hook;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.pipeline.IndexSummary;
import dev.memlayer.indexer.pipeline.Indexer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.jgit.lib.Repository;

/** The service behind {@code memlayer hook}: finds the work tree and its hooks directory, then acts. */
@ApplicationScoped
public class Hooks {

    private final IndexerConfig config;
    private final Indexer indexer;
    private final GitHookInstaller installer = new GitHookInstaller();

    public Hooks(IndexerConfig config, Indexer indexer) {
        this.config = config;
        this.indexer = indexer;
    }

    /**
     * Installs the hooks of the work tree containing {@code path}, recording the launcher and the
     * database they will use.
     *
     * @param launcher an explicit launcher path (--launcher), or null to detect it
     */
    public HookReport install(String path, String db, String launcher) {
        Launcher detected = Launcher.detect(launcher, config.launcher().orElse(null),
                System.getProperty("java.class.path"), System.getProperty("java.home"));
        Path database = indexer.database(db);
        return inHooksDir(path, database, (dir, root) -> installer.install(dir, detected, database));
    }

    public HookReport uninstall(String path, String db) {
        return inHooksDir(path, indexer.database(db), (dir, root) -> installer.uninstall(dir));
    }

    public HookReport status(String path, String db) {
        return inHooksDir(path, indexer.database(db), (dir, root) -> List.of());
    }

    /** The background run a hook starts ({@code memlayer hook run}); see {@link HookRun}. */
    public IndexSummary run(String root, String db, String queued) {
        return new HookRun(indexer, Duration.ofSeconds(config.hookLockWaitSeconds()))
                .run(Path.of(root), indexer.database(db), queued == null ? null : Path.of(queued));
    }

    private HookReport inHooksDir(String path, Path db, BiFunction<Path, Path, List<HookChange>> action) {
        try (GitWorkTree tree = GitWorkTree.open(Path.of(path))) {
            Repository repo = tree.repository().orElseThrow(() -> new IndexerException(
                    tree.root() + " is not a git repository; hooks need one (index it by hand or from cron)"));
            Path dir = HooksDirectory.of(repo, tree.root());
            List<HookChange> changes = action.apply(dir, tree.root());
            return new HookReport(tree.root().toString(), dir.toString(), HookScript.logFile(db).toString(), changes,
                    installer.status(dir));
        }
    }
}
