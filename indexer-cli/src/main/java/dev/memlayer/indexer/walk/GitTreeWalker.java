package dev.memlayer.indexer.walk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Lists the files of a commit's tree straight from git objects ({@code memlayer index --rev}):
 * no checkout, no working tree. The tree is what git tracks, so {@code .gitignore} has nothing to
 * add; {@link SkipRules} still apply (secrets, vendored, size cap). A file's mtime is the commit
 * time; it carries its blob id so the pipeline reads it from the object database.
 */
public final class GitTreeWalker {

    private final SkipRules rules;

    public GitTreeWalker(SkipRules rules) {
        this.rules = rules;
    }

    public WalkResult walk(Repository repo, RevCommit commit) throws IOException {
        List<WalkedFile> files = new ArrayList<>();
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        long commitTimeMs = commit.getCommitTime() * 1000L;
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(repo, reader)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(false);
            while (tw.next()) {
                String name = tw.getNameString();
                if (tw.isSubtree()) {
                    if (rules.skipsDirectory(name)) {
                        if (!Constants.DOT_GIT.equals(name)) {
                            skipped.merge(SkipReason.VENDORED, 1, Integer::sum);
                        }
                    } else {
                        tw.enterSubtree();
                    }
                    continue;
                }
                FileMode mode = tw.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    continue;
                }
                if (mode == FileMode.SYMLINK) {
                    skipped.merge(SkipReason.SYMLINK, 1, Integer::sum);
                    continue;
                }
                ObjectId blob = tw.getObjectId(0);
                long size;
                try {
                    size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
                } catch (MissingObjectException e) {
                    skipped.merge(SkipReason.MISSING_OBJECT, 1, Integer::sum);
                    continue;
                }
                Optional<SkipReason> skip = rules.skipFile(name, size);
                if (skip.isPresent()) {
                    skipped.merge(skip.get(), 1, Integer::sum);
                    continue;
                }
                files.add(new WalkedFile(tw.getPathString(), size, commitTimeMs, blob.name()));
            }
        }
        return new WalkResult(files, skipped, false);
    }
}
