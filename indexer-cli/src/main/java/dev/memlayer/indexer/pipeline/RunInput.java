package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.walk.GitTreeWalker;
import dev.memlayer.indexer.walk.RepoWalker;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.indexer.walk.WalkResult;
import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * What one run indexes: the working tree as it is now, or a commit's tree read from git objects
 * ({@code --rev}), with the git facts the snapshot records and where file bytes come from.
 *
 * @param rev the revision as the user gave it; null for the working tree
 */
record RunInput(String commit, String branch, String rev, WalkResult walk, FileSource source) {

    /**
     * The commit a run indexes, resolved before anything is walked (the run starts its churn with it):
     * HEAD's for the working tree (null outside git or before the first commit), else {@code rev}'s.
     */
    static String commitOf(GitWorkTree tree, String rev) throws IOException {
        if (rev == null) {
            if (tree.bare()) {
                throw new IndexerException(tree.root() + " is a bare repository (no working tree); index a commit"
                        + " of it with --rev REV");
            }
            return tree.headCommit();
        }
        Repository repo = tree.repository().orElseThrow(
                () -> new IndexerException("--rev needs a git repository; " + tree.root() + " is not one"));
        ObjectId id = repo.resolve(rev + "^{commit}");
        if (id == null) {
            throw new IndexerException("unknown revision '" + rev + "' in " + tree.root());
        }
        return id.name();
    }

    /**
     * The working tree, with {@code commit} from {@link #commitOf}: read before the walk, as the walk
     * reads HEAD's tree when it starts (for the dirty flag).
     */
    static RunInput workingTree(GitWorkTree tree, SkipRules rules, String commit) throws IOException {
        WalkResult walk = new RepoWalker(rules).walk(tree);
        return new RunInput(commit, tree.branch(), null, walk, FileSource.workingTree(tree.root()));
    }

    /** The tree of {@code commit}, which {@code rev} resolved to ({@link #commitOf}); never checks anything out. */
    static RunInput revision(GitWorkTree tree, String rev, String commit, SkipRules rules) throws IOException {
        Repository repo = tree.repository().orElseThrow();
        try (RevWalk rw = new RevWalk(repo)) {
            RevCommit parsed = rw.parseCommit(ObjectId.fromString(commit));
            WalkResult walk = new GitTreeWalker(rules).walk(repo, parsed);
            String branch = repo.exactRef(Constants.R_HEADS + rev) != null ? rev : null;
            return new RunInput(parsed.name(), branch, rev, walk, FileSource.gitObjects(repo));
        }
    }
}
