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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        walk.directory("", root, 0, walk.paths.length);
        return new Found(walk.files, walk.skipped, walk.dirty, walk.deferred);
    }

    /** A name the index lists in one directory: a file entry, a subtree (an entry range), or both. */
    private static final class Tracked {
        int entry = -1;
        int from = -1;
        int to = -1;

        boolean tree() {
            return from >= 0;
        }
    }

    /** Walks directory {@code dir} ({@code prefix}: its path with a trailing slash), whose entries are {@code [from, to)}. */
    private void directory(String prefix, File dir, int from, int to) throws IOException {
        Map<String, Tracked> tracked = trackedChildren(prefix.length(), from, to);
        String[] names = dir.list();
        if (names != null) {
            for (String name : names) {
                if (Constants.DOT_GIT.equals(name)) {
                    continue; // JGit's working-tree iterator never lists it
                }
                Tracked t = tracked.remove(name);
                if (t == null) {
                    deferred.add(prefix + name); // untracked: the ignore rules decide
                } else {
                    entry(prefix, dir, name, t);
                }
            }
        }
        for (Tracked missing : tracked.values()) {
            if (!dirty) {
                dirty = missing.entry >= 0 ? !index.getEntry(missing.entry).isSkipWorkTree()
                        : anyInWorkTree(missing.from, missing.to);
            }
        }
    }

    private void entry(String prefix, File dir, String name, Tracked t) throws IOException {
        String path = prefix + name;
        File file = new File(dir, name);
        PosixFileAttributes stat;
        try {
            stat = Files.readAttributes(file.toPath(), PosixFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            deferred.add(path); // vanished since the listing: as JGit sees it now
            return;
        }
        if (t.entry >= 0 && t.tree()) {
            deferred.add(path); // a file and a directory of one name in the index
        } else if (stat.isDirectory()) {
            if (!t.tree() || new File(file, Constants.DOT_GIT).exists()) {
                deferred.add(path); // a directory where the index has a file, or a nested repository
            } else if (rules.skipsDirectory(name)) {
                skipped.merge(SkipReason.VENDORED, 1, Integer::sum);
            } else {
                directory(path + "/", file, t.from, t.to);
            }
        } else if (t.tree() || !clean(index.getEntry(t.entry), stat)) {
            deferred.add(path);
        } else {
            long size = stat.size();
            SkipReason skip = rules.skipFile(name, size).orElse(null);
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
            } else {
                files.add(new WalkedFile(path, size, stat.lastModifiedTime().toInstant().toEpochMilli()));
            }
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

    /** The names the index lists directly under a directory whose entries are {@code [from, to)}. */
    private Map<String, Tracked> trackedChildren(int prefixLength, int from, int to) {
        Map<String, Tracked> children = new HashMap<>();
        int i = from;
        while (i < to) {
            String path = paths[i];
            int slash = path.indexOf('/', prefixLength);
            if (slash < 0) {
                children.computeIfAbsent(path.substring(prefixLength), n -> new Tracked()).entry = i;
                i++;
                continue;
            }
            String name = path.substring(prefixLength, slash);
            String subtree = path.substring(0, slash + 1);
            int end = i + 1;
            while (end < to && paths[end].startsWith(subtree)) {
                end++;
            }
            Tracked t = children.computeIfAbsent(name, n -> new Tracked());
            t.from = i;
            t.to = end;
            i = end;
        }
        return children;
    }

    /** A tracked directory missing from disk: deleted, unless sparse checkout left all of it out. */
    private boolean anyInWorkTree(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!index.getEntry(i).isSkipWorkTree()) {
                return true;
            }
        }
        return false;
    }
}
