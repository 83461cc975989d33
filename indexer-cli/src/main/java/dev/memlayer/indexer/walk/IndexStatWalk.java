package dev.memlayer.indexer.walk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;

/**
 * The working-tree walk for an index that holds exactly HEAD's tree (after every commit), the way
 * {@code git status} does it: the index (DirCache) says which directories and files are tracked, each
 * tracked directory is listed once and each entry stat'ed once, and a tracked regular file whose stat
 * data (mode, size, mtime to the nanosecond) equals its index entry is clean without JGit's
 * {@code TreeWalk} over three iterators. That comparison only ever answers "clean" where JGit's
 * {@code WorkingTreeIterator.isModified} would answer the same.
 *
 * <p>Whatever is not that plain case is <em>deferred</em> to {@link RepoWalker}'s JGit walk, limited
 * to the deferred paths: untracked entries (JGit's ignore rules decide them, at every level, with
 * negation and directory-only patterns), files whose stat data differs or that the index marked racily
 * clean (content check), symlinks, submodules and file/directory swaps. So the rules live in one place
 * and the result is the one the JGit walk gives for the whole tree; after a commit almost nothing is
 * deferred.
 */
final class IndexStatWalk {

    /** What the stat pass found, and the repository-relative paths it leaves to the JGit walk. */
    record Found(List<WalkedFile> files, Map<SkipReason, Integer> skipped, boolean dirty, List<String> deferred) {
    }

    private static final LinkOption[] NO_FOLLOW = { LinkOption.NOFOLLOW_LINKS };

    private final SkipRules rules;
    private final DirCache index;
    private final String[] paths;
    private final List<WalkedFile> files = new ArrayList<>();
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private final List<String> deferred = new ArrayList<>();
    private boolean dirty;

    private IndexStatWalk(SkipRules rules, DirCache index) {
        this.rules = rules;
        this.index = index;
        this.paths = new String[index.getEntryCount()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = index.getEntry(i).getPathString();
        }
    }

    /** Whether this walk applies: every entry at stage 0 (no merge conflict in progress). */
    static boolean applies(DirCache index) {
        for (int i = 0, n = index.getEntryCount(); i < n; i++) {
            if (index.getEntry(i).getStage() != DirCacheEntry.STAGE_0) {
                return false;
            }
        }
        return true;
    }

    static Found walk(File root, SkipRules rules, DirCache index) throws IOException {
        IndexStatWalk walk = new IndexStatWalk(rules, index);
        walk.directory("", root.list(), root, 0, walk.paths.length);
        return new Found(walk.files, walk.skipped, walk.dirty, walk.deferred);
    }

    /**
     * Walks directory {@code dir} ({@code prefix}: its path with a trailing slash), whose index entries
     * are {@code [from, to)}: the tracked names in index order (so files come out in tree order), then
     * the names on disk the index does not have.
     */
    private void directory(String prefix, String[] names, File dir, int from, int to) throws IOException {
        Set<String> onDisk = new HashSet<>(names == null ? List.of() : Arrays.asList(names));
        onDisk.remove(Constants.DOT_GIT); // JGit's working-tree iterator never lists it
        int p = prefix.length();
        int i = from;
        while (i < to) {
            String path = paths[i];
            int slash = path.indexOf('/', p);
            String name = slash < 0 ? path.substring(p) : path.substring(p, slash);
            int end = i + 1;
            if (slash >= 0) {
                String subtree = path.substring(0, slash + 1);
                while (end < to && paths[end].startsWith(subtree)) {
                    end++;
                }
            }
            if (!onDisk.remove(name)) {
                if (!dirty) {
                    dirty = anyInWorkTree(i, end); // deleted, unless sparse checkout left it out
                }
            } else if (slash < 0) {
                file(path, name, new File(dir, name), index.getEntry(i));
            } else {
                subdirectory(path.substring(0, slash), name, new File(dir, name), i, end);
            }
            i = end;
        }
        for (String untracked : onDisk) {
            deferred.add(prefix + untracked); // the ignore rules decide
        }
    }

    private void subdirectory(String path, String name, File dir, int from, int to) throws IOException {
        PosixFileAttributes stat = stat(dir);
        if (stat == null || !stat.isDirectory()) {
            deferred.add(path); // a file where the index has a directory
        } else if (rules.skipsDirectory(name)) {
            if (new File(dir, Constants.DOT_GIT).exists()) {
                deferred.add(path); // a nested repository: not a directory to count
            } else {
                skipped.merge(SkipReason.VENDORED, 1, Integer::sum);
            }
        } else {
            String[] names = dir.list();
            if (names != null && Arrays.asList(names).contains(Constants.DOT_GIT)) {
                deferred.add(path); // a nested repository (its listing says so: no stat of .git needed)
            } else {
                directory(path + "/", names, dir, from, to);
            }
        }
    }

    private void file(String path, String name, File file, DirCacheEntry entry) throws IOException {
        PosixFileAttributes stat = stat(file);
        if (stat == null || !clean(entry, stat)) {
            deferred.add(path); // changed, racy, a symlink, a submodule, a directory now, or gone since listed
            return;
        }
        long size = stat.size();
        SkipReason skip = rules.skipFile(name, size).orElse(null);
        if (skip != null) {
            skipped.merge(skip, 1, Integer::sum);
        } else {
            files.add(new WalkedFile(path, size, stat.lastModifiedTime().toInstant().toEpochMilli()));
        }
    }

    /** lstat; null when the entry vanished since its directory was listed (JGit's walk then sees it as it is). */
    private static PosixFileAttributes stat(File file) throws IOException {
        try {
            return Files.readAttributes(file.toPath(), PosixFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Whether the file is clean by its stat data alone: a regular file of the index entry's mode, size
     * and modification time (to the nanosecond), not marked racily clean (smudged) or for update.
     * Anything else goes to JGit's own comparison, which may read the content.
     */
    private static boolean clean(DirCacheEntry entry, PosixFileAttributes stat) {
        if (!stat.isRegularFile() || entry.isUpdateNeeded() || entry.isAssumeValid() || entry.isSmudged()) {
            return false;
        }
        int mode = stat.permissions().contains(PosixFilePermission.OWNER_EXECUTE)
                ? FileMode.EXECUTABLE_FILE.getBits()
                : FileMode.REGULAR_FILE.getBits();
        return entry.getRawMode() == mode && entry.getLength() == (int) stat.size()
                && entry.getLastModifiedInstant().equals(stat.lastModifiedTime().toInstant());
    }

    /** Whether any of the index entries {@code [from, to)} is meant to be in the working tree (not skip-worktree). */
    private boolean anyInWorkTree(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!index.getEntry(i).isSkipWorkTree()) {
                return true;
            }
        }
        return false;
    }
}
