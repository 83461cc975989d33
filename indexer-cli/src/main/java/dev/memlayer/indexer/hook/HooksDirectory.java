package dev.memlayer.indexer.hook;

import dev.memlayer.indexer.IndexerException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;

/**
 * Where git looks for hooks, as {@code git rev-parse --git-path hooks} answers: {@code core.hooksPath}
 * when set (a relative one is relative to the work tree root, where hooks run; {@code ~/} is the
 * home folder), else {@code hooks/} in the common git directory, which linked worktrees share.
 */
public final class HooksDirectory {

    private HooksDirectory() {
    }

    public static Path of(Repository repository, Path workTreeRoot) {
        if (repository.isBare()) {
            throw new IndexerException(repository.getDirectory() + " is a bare repository: it has no commits "
                    + "made in it to index; index it with `memlayer index --rev REV`");
        }
        String configured = repository.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null,
                ConfigConstants.CONFIG_KEY_HOOKS_PATH);
        if (configured != null && !configured.isBlank()) {
            String path = configured.strip();
            if (path.equals("~") || path.startsWith("~/")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            return workTreeRoot.resolve(path).normalize();
        }
        return repository.getCommonDirectory().toPath().toAbsolutePath().resolve("hooks").normalize();
    }
}
