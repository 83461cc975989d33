package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The files a commit changed against its first parent (a root commit: everything added), renames
 * detected. Compares trees only (no text diff). Renames are found in two steps, as git does: a file
 * deleted and added again with the same content (exact, by blob id, JGit's {@link RenameDetector}:
 * cheap at any size, so even a move of thousands of files keeps their history — prettier's history
 * has 6 573 renames this way, 831 when large commits were left out), then pairs of similar content
 * among what is left ({@link ContentRenames}, which hashes each remaining blob once), done only while
 * at most {@link #CONTENT_RENAME_MAX_FILES} files remain added or deleted (git's default rename limit)
 * and only between blobs of at most {@link #CONTENT_RENAME_MAX_BYTES}: a larger file (a vendored
 * release bundle, a generated lock file) is never indexed with the default file size limit, yet
 * hashing both sides of each of its updates was most of a first run's history time (prettier: every
 * "Update yarn" commit hashed two 2.7 MB bundles, ~90 ms). Binary blobs (a NUL byte in their first
 * 8 000 bytes, as git decides) are left out of that step too: they are never indexed, and hashing
 * them was a third of hugo's rename time (a commit reworking 126 golden test images: ~300 ms) for
 * not one rename found in hugo's, prettier's or memlayer's history. Such files still keep exact
 * renames. A merge commit is diffed against its first parent, like {@code git log --first-parent -m}:
 * it then lists what the merged branch brought in. Settings come from JGit's defaults, not the
 * repository's config, so stored history does not depend on a user's settings. One instance per run,
 * sharing the run's {@link ObjectReader}; not thread-safe.
 */
final class CommitDiffer implements AutoCloseable {

    static final int CONTENT_RENAME_MAX_FILES = 1_000;
    /**
     * Blobs above this size are left out of content rename detection: the default
     * {@code memlayer.max-file-bytes}, as a constant because stored history is keyed by commit and
     * must not depend on a run's settings.
     */
    static final int CONTENT_RENAME_MAX_BYTES = 1 << 20;

    private final RevWalk walk;
    private final DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
    private final RenameDetector renames;
    private final ContentRenames contentRenames;

    CommitDiffer(ObjectReader reader, RevWalk walk) {
        this.walk = walk;
        Config defaults = new Config();
        formatter.setReader(reader, defaults);
        formatter.setDetectRenames(false);
        renames = new RenameDetector(reader, defaults.get(DiffConfig.KEY));
        // exact renames; by content only a lone delete and add (limit 1): larger sets go to ContentRenames
        renames.setRenameLimit(1);
        renames.setBigFileThreshold(CONTENT_RENAME_MAX_BYTES);
        renames.setSkipContentRenamesForBinaryFiles(true);
        contentRenames = new ContentRenames(reader, CONTENT_RENAME_MAX_BYTES);
    }

    List<FileChange> diff(RevCommit commit) throws IOException {
        RevTree parentTree = null;
        if (commit.getParentCount() > 0) {
            parentTree = walk.parseCommit(commit.getParent(0)).getTree();
        }
        List<DiffEntry> entries = formatter.scan(parentTree, walk.parseCommit(commit).getTree());
        if (!hasAddAndDelete(entries)) {
            return toChanges(entries, Map.of());
        }
        try {
            return withRenames(entries);
        } catch (MissingObjectException e) {
            // a blob missing from a partial clone or snapshot (some drop files of several MiB) must not
            // fail the run: that commit then keeps its plain adds and deletes
            return toChanges(entries, Map.of());
        }
    }

    /** Pairs deletes with adds, exactly, then by content among what is left. */
    private List<FileChange> withRenames(List<DiffEntry> entries) throws IOException {
        renames.reset();
        renames.addAll(entries);
        List<DiffEntry> exact = renames.compute();
        List<DiffEntry> deleted = ofType(exact, DiffEntry.ChangeType.DELETE);
        List<DiffEntry> added = ofType(exact, DiffEntry.ChangeType.ADD);
        int left = Math.max(deleted.size(), added.size());
        if (deleted.isEmpty() || added.isEmpty() || left <= 1 || left > CONTENT_RENAME_MAX_FILES) {
            return toChanges(exact, Map.of());
        }
        Map<DiffEntry, DiffEntry> renamedFrom = new IdentityHashMap<>();
        for (ContentRenames.Pair pair : contentRenames.find(deleted, added)) {
            renamedFrom.put(pair.added(), pair.deleted());
            renamedFrom.put(pair.deleted(), null);
        }
        return toChanges(exact, renamedFrom);
    }

    private static List<DiffEntry> ofType(List<DiffEntry> entries, DiffEntry.ChangeType type) {
        List<DiffEntry> out = new ArrayList<>();
        for (DiffEntry e : entries) {
            if (e.getChangeType() == type) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean hasAddAndDelete(List<DiffEntry> entries) {
        boolean added = false;
        boolean deleted = false;
        for (DiffEntry e : entries) {
            added |= e.getChangeType() == DiffEntry.ChangeType.ADD;
            deleted |= e.getChangeType() == DiffEntry.ChangeType.DELETE;
        }
        return added && deleted;
    }

    /**
     * One change per path, in the entries' order: a type change (file ↔ symlink) comes as delete + add
     * of one path: a modify. {@code renamedFrom} maps an add paired by content to its delete, and that
     * delete to null: the add becomes a rename where it stands, the delete is dropped.
     */
    private static List<FileChange> toChanges(List<DiffEntry> entries, Map<DiffEntry, DiffEntry> renamedFrom) {
        Map<String, FileChange> byPath = new LinkedHashMap<>();
        for (DiffEntry e : entries) {
            DiffEntry from = renamedFrom.get(e);
            if (from == null && renamedFrom.containsKey(e)) {
                continue; // renamed away by content
            }
            FileChange change = switch (e.getChangeType()) {
                case ADD, COPY -> from != null
                        ? new FileChange(e.getNewPath(), FileChange.RENAMED, from.getOldPath())
                        : new FileChange(e.getNewPath(), FileChange.ADDED, null);
                case MODIFY -> new FileChange(e.getNewPath(), FileChange.MODIFIED, null);
                case DELETE -> new FileChange(e.getOldPath(), FileChange.DELETED, null);
                case RENAME -> new FileChange(e.getNewPath(), FileChange.RENAMED, e.getOldPath());
            };
            byPath.merge(change.path(), change, (a, b) -> new FileChange(a.path(), FileChange.MODIFIED, null));
        }
        return new ArrayList<>(byPath.values());
    }

    @Override
    public void close() {
        formatter.close();
    }
}
