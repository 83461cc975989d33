package dev.memlayer.indexer.walk;

import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.git.HeadIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.WorkingTreeOptions;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.FS;

/**
 * Lists the files of a working tree with JGit, honouring {@code .gitignore} at every level,
 * {@code .git/info/exclude} and {@code core.excludesFile} ({@link WorkingTreeIterator#isEntryIgnored()}),
 * and applying {@link SkipRules}. Ignored and vendored directories are never entered.
 *
 * <p>In a git repository the same {@link TreeWalk} also carries HEAD's tree and the index
 * (DirCache), so the dirty flag falls out of the one pass: an untracked, non-ignored file; an
 * entry missing on one side; index ≠ HEAD (id or mode); or working file ≠ index entry (stat
 * first, content only when stat is inconclusive). A separate {@code Git.status()} would walk and
 * stat the whole tree a second time. When the index's cache tree says the index is HEAD's tree (after
 * every commit), HEAD is not read at all, and {@link IndexStatWalk} lists the tree from the index and
 * one stat per entry instead, leaving only what it cannot decide by stat data (untracked entries and
 * their ignore rules, racily clean or changed files, symlinks, submodules) to this walk. Once dirty
 * is known, the remaining checks are skipped. Changes inside vendored directories (which are not
 * entered) do not count.
 */
public final class RepoWalker {

    private static final int HEAD = 0;
    private static final int INDEX = 1;
    private static final int WORK = 2;

    private final SkipRules rules;

    public RepoWalker(SkipRules rules) {
        this.rules = rules;
    }

    /** Walks a work tree, with the index it may have read ahead ({@link GitWorkTree#dirCache}). */
    public WalkResult walk(GitWorkTree tree) throws IOException {
        if (tree.repository().isPresent()) {
            return walkGit(tree.repository().get(), tree.dirCache(), true);
        }
        return walk(tree.root(), Optional.empty());
    }

    /** Walks {@code root}; {@code repository} is empty for a folder outside git. */
    public WalkResult walk(Path root, Optional<Repository> repository) throws IOException {
        if (repository.isPresent()) {
            return walkGit(repository.get(), repository.get().readDirCache(), true);
        }
        WorkingTreeOptions options = new Config().get(WorkingTreeOptions.KEY);
        try (TreeWalk tw = new TreeWalk((ObjectReader) null)) {
            tw.addTree(new EmptyTreeIterator());
            tw.addTree(new EmptyTreeIterator());
            FileTreeIterator work = new FileTreeIterator(root.toFile(), FS.DETECTED, options);
            enterWithoutIgnoreCheck(work);
            tw.addTree(work);
            return walk(tw, false, false);
        }
    }

    /**
     * @param statWalk whether the index's stat data may stand in for JGit's walk ({@link IndexStatWalk});
     *                 false only in tests, which compare both
     */
    WalkResult walkGit(Repository repo, DirCache index, boolean statWalk) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(repo, reader)) {
            ObjectId headTree = HeadIds.tree(repo);
            boolean indexIsHead = indexIsHead(index, headTree);
            if (statWalk && indexIsHead && IndexStatWalk.applies(index)) {
                return statWalk(repo, index, tw);
            }
            addTrees(tw, repo, indexIsHead ? new EmptyTreeIterator() : headTree(reader, headTree), index);
            return walk(tw, true, indexIsHead);
        }
    }

    /**
     * The walk after a commit ({@link IndexStatWalk}); what it defers is walked as before, limited to
     * the deferred paths: the two never list the same file, and together they list what the JGit walk
     * of the whole tree lists, in the same (tree) order.
     */
    private WalkResult statWalk(Repository repo, DirCache index, TreeWalk tw) throws IOException {
        IndexStatWalk.Found found = IndexStatWalk.walk(repo.getWorkTree(), rules, index);
        if (found.deferred().isEmpty()) {
            return new WalkResult(found.files(), found.skipped(), found.dirty());
        }
        addTrees(tw, repo, new EmptyTreeIterator(), index);
        tw.setFilter(PathFilterGroup.createFromStrings(found.deferred()));
        WalkResult rest = walk(tw, true, true);
        List<WalkedFile> files = merged(found.files(), rest.files());
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        skipped.putAll(found.skipped());
        rest.skipped().forEach((reason, n) -> skipped.merge(reason, n, Integer::sum));
        return new WalkResult(files, skipped, found.dirty() || rest.dirty());
    }

    /** The walk's three trees: HEAD's (or an empty one), the index, the working tree (ignore rules ours). */
    private static void addTrees(TreeWalk tw, Repository repo, AbstractTreeIterator head, DirCache index) {
        tw.addTree(head);
        tw.addTree(new DirCacheIterator(index));
        FileTreeIterator work = new FileTreeIterator(repo);
        enterWithoutIgnoreCheck(work);
        tw.addTree(work);
        work.setDirCacheIterator(tw, INDEX);
    }

    /** Two file lists in tree order, as one. */
    private static List<WalkedFile> merged(List<WalkedFile> a, List<WalkedFile> b) {
        List<WalkedFile> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            out.add(WalkedFile.TREE_ORDER.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        out.addAll(a.subList(i, a.size()));
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    /**
     * JGit would evaluate the ignore rules of every directory it enters (most of a walk's CPU time in a
     * large tree); this walk decides itself: it enters tracked directories (their tracked files count
     * even when the directory matches an ignore rule) and untracked ones only when not ignored (checked
     * below), and untracked files inside a tracked but ignored directory are still found ignored, as
     * {@link WorkingTreeIterator#isEntryIgnored()} checks a file's parent directories too.
     */
    private static void enterWithoutIgnoreCheck(WorkingTreeIterator work) {
        work.setWalkIgnoredDirectories(true);
    }

    /**
     * @param indexIsHead the index holds exactly HEAD's tree ({@link #indexIsHead}): HEAD is not walked
     *                    (an empty tree stands in for it) and nothing is compared with it
     */
    private WalkResult walk(TreeWalk tw, boolean git, boolean indexIsHead) throws IOException {
        List<WalkedFile> files = new ArrayList<>();
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        boolean dirty = false;
        tw.setRecursive(false);
        while (tw.next()) {
            WorkingTreeIterator work = tw.getTree(WORK, WorkingTreeIterator.class);
            boolean tracked = git && (tw.getRawMode(HEAD) != 0 || tw.getRawMode(INDEX) != 0);
            if (work == null) {
                // In HEAD or the index but not on disk: deleted, unless sparse-checkout left it out.
                if (!dirty && tw.isSubtree()) {
                    tw.enterSubtree();
                } else if (!tw.isSubtree() && !skipWorktree(tw)) {
                    dirty = true;
                }
                continue;
            }
            if (!tracked && work.isEntryIgnored()) {
                continue;
            }
            String name = tw.getNameString();
            FileMode mode = work.getEntryFileMode();
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
            if (git && !dirty) {
                dirty = !tracked || differs(tw, work, indexIsHead);
            }
            if (mode == FileMode.GITLINK) {
                continue; // a nested repository or submodule: its own project
            }
            if (mode == FileMode.SYMLINK) {
                skipped.merge(SkipReason.SYMLINK, 1, Integer::sum);
                continue;
            }
            long size = work.getEntryLength();
            Optional<SkipReason> skip = rules.skipFile(name, size);
            if (skip.isPresent()) {
                skipped.merge(skip.get(), 1, Integer::sum);
                continue;
            }
            files.add(new WalkedFile(tw.getPathString(), size, work.getEntryLastModifiedInstant().toEpochMilli()));
        }
        return new WalkResult(files, skipped, dirty);
    }

    /** Whether a tracked file differs between HEAD, the index and the working tree. */
    private static boolean differs(TreeWalk tw, WorkingTreeIterator work, boolean indexIsHead) throws IOException {
        if (!indexIsHead && (tw.getRawMode(HEAD) != tw.getRawMode(INDEX) || !tw.idEqual(HEAD, INDEX))) {
            return true;
        }
        DirCacheIterator index = tw.getTree(INDEX, DirCacheIterator.class);
        DirCacheEntry entry = index.getDirCacheEntry();
        return entry == null || entry.getStage() != DirCacheEntry.STAGE_0
                || work.isModified(entry, true, tw.getObjectReader());
    }

    private static boolean skipWorktree(TreeWalk tw) {
        DirCacheIterator index = tw.getTree(INDEX, DirCacheIterator.class);
        DirCacheEntry entry = index == null ? null : index.getDirCacheEntry();
        return entry != null && entry.isSkipWorkTree();
    }

    /**
     * Whether the index's cache tree (git's TREE extension, which {@code git commit} leaves complete) is
     * valid at the root and names HEAD's tree: then index and HEAD list the same paths, modes and blobs,
     * and the walk need not read HEAD's trees from the object database (in a large repository, loading
     * the pack index and inflating every tree was a third of the walk). Any staged change invalidates
     * the cache tree of its directories up to the root, and the walk then compares with HEAD as before.
     */
    static boolean indexIsHead(DirCache index, ObjectId headTree) {
        DirCacheTree cached = index.getCacheTree(false);
        return headTree != null && cached != null && cached.isValid() && headTree.equals(cached.getObjectId());
    }

    private static AbstractTreeIterator headTree(ObjectReader reader, ObjectId head) throws IOException {
        if (head == null) {
            return new EmptyTreeIterator();
        }
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, head);
        return parser;
    }
}
