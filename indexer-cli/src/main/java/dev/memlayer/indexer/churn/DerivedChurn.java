package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.churn.ChurnRepository.StoredSet;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The churn set of a commit C with one parent P whose set is stored, derived from P's set: exactly the
 * rows {@link ChurnCalculator} would compute from scratch, or nothing when that cannot be shown from
 * a few stored rows (the caller then computes from scratch). A one-file commit then costs a few small
 * queries and a copy of P's rows inside SQLite instead of a walk, read and count of the whole window.
 *
 * <p>Why the rows are the same. When C is not older than P and no stored commit lies between the two
 * age bounds ({@link HistoryWalker}), C's window is C followed by P's window in the same order (the walk
 * from C pops C and then proceeds exactly as the walk from P), and its children-first order is C then
 * P's. The calculator visits C first, with no alias yet, so every older change that counted toward a
 * file F of P's tree now counts toward where C put F: F itself, the path C renamed it to, or nothing
 * (deleted). So each file's row is P's row of the file it was, plus C's own change when C counts, with
 * these guards:
 * <ul>
 *   <li>{@code commits_90d} is relative to the tip's time: no stored commit may lie between P's and C's
 *       90-day bounds (then every older change keeps its side of the bound).</li>
 *   <li>distinct authors: P's author ids for the file plus C's author (schema V7 keeps the ids; a set
 *       stored before it is never derived from).</li>
 *   <li>co-change: P's pairs are kept as they are, which is exact when C counts no pair (it touches at
 *       most one counted file, or more than {@link ChurnCalculator#COCHANGE_MAX_FILES}) and renames or
 *       drops no file having a pair (dropping a partner may let in a weaker pair that P's set never
 *       stored; a rename may reorder ties among a file's strongest partners).</li>
 * </ul>
 */
final class DerivedChurn {

    /** Commits changing more files than this are not derived (large IN lists; such commits are rare). */
    static final int MAX_CHANGES = 1_000;

    private DerivedChurn() {
    }

    /**
     * A derived set ready to store: the parent's set with the rows of {@code replaced} paths replaced by
     * {@code rows}.
     */
    record Derivation(long parentId, int commitCount, String authorNames, Set<String> replaced,
            List<FileChurn> rows) {

        /** Stores the set of {@code sha}; the caller owns the transaction. Returns its id. */
        long store(Connection c, String projectId, String sha, long computedAtMs) throws SQLException {
            return DerivedChurnRepository.insertDerived(c, projectId, sha, computedAtMs, commitCount, authorNames,
                    parentId, replaced, rows);
        }
    }

    /**
     * The set of {@code tip} (parsed, one parent, its changes stored) derived from its parent's stored
     * set, or empty when that cannot be shown to equal the set computed from scratch. Reads only.
     */
    static Optional<Derivation> derive(Connection c, ObjectReader reader, String projectId, RevCommit tip,
            RevCommit parent, StoredSet parentSet) throws SQLException, IOException {
        if (!windowIsTipThenParents(c, projectId, tip, parent, parentSet)) {
            return Optional.empty();
        }
        Optional<StoredCommit> stored = DerivedChurnRepository.commit(c, projectId, tip.name());
        if (stored.isEmpty() || stored.get().changes().size() > MAX_CHANGES) {
            return Optional.empty();
        }
        StoredCommit commit = stored.get();
        if (commit.fileCount() > ChurnCalculator.CHURN_MAX_FILES) {
            return Optional.empty(); // the calculator reads only such a commit's renames: its adds alias nothing
        }
        Set<String> names = new TreeSet<>();
        for (FileChange f : commit.changes()) {
            names.add(f.path());
            if (f.oldPath() != null) {
                names.add(f.oldPath());
            }
        }
        Set<String> inTree = inTree(reader, tip, names);
        Map<String, String> newPath = newPaths(commit.changes(), names, inTree);
        if (!inTree(reader, parent, newPath.keySet()).containsAll(newPath.keySet())) {
            return Optional.empty(); // a file of C whose older history P's set did not count (a submodule before)
        }
        List<String> touched = counted(commit, inTree);
        if (commit.fileCount() <= ChurnCalculator.COCHANGE_MAX_FILES && touched.size() > 1) {
            return Optional.empty(); // C counts pairs: their counts before C were not all stored
        }
        Set<String> moved = new HashSet<>();
        for (String name : names) {
            if (!name.equals(newPath.get(name))) {
                moved.add(name);
            }
        }
        if (DerivedChurnRepository.anyPairOf(c, parentSet.id(), moved)) {
            return Optional.empty();
        }
        Map<String, FileChurn> rows = new HashMap<>();
        for (FileChurn row : DerivedChurnRepository.rows(c, parentSet.id(), names).values()) {
            String to = newPath.get(row.path());
            if (to != null && rows.put(to, row) != null) {
                return Optional.empty(); // two files of P became one: never seen, not worth reasoning about
            }
        }
        List<String> authorNames = AuthorIds.splitNames(parentSet.authorNames());
        if (!touched.isEmpty()) {
            String author = HistoryWalker.author(tip);
            int authorId = authorNames.indexOf(author);
            if (authorId < 0) {
                authorNames.add(author);
                authorId = authorNames.size() - 1;
            }
            long at = HistoryWalker.committedAtMs(tip);
            for (String path : touched) {
                FileChurn before = rows.get(path);
                rows.put(path, before == null ? new FileChurn(path, 1, 1, at, 1, Integer.toString(authorId))
                        : withChange(before, path, at, authorId));
            }
        }
        String storedNames = AuthorIds.joinNames(authorNames);
        if (storedNames == null || rows.values().stream().anyMatch(r -> r.authorIds() == null)) {
            return Optional.empty();
        }
        List<FileChurn> replacing = new ArrayList<>();
        rows.forEach((path, row) -> replacing.add(path.equals(row.path()) ? row
                : new FileChurn(path, row.commits90d(), row.commitsTotal(), row.lastChangeAt(), row.authors(),
                        row.authorIds())));
        return Optional.of(new Derivation(parentSet.id(), parentSet.commitCount() + 1, storedNames, names, replacing));
    }

    /**
     * Whether C's window is C and then P's window, with no commit of P's crossing C's 90-day bound: C
     * not older than P, P's window not cut by the commit cap, no stored commit (P's window is stored)
     * between the age bounds or between the 90-day bounds of the two.
     */
    private static boolean windowIsTipThenParents(Connection c, String projectId, RevCommit tip, RevCommit parent,
            StoredSet parentSet) throws SQLException {
        if (tip.getCommitTime() < parent.getCommitTime() || parentSet.commitCount() >= HistoryWalker.MAX_COMMITS
                || parentSet.authorNames() == null) {
            return false;
        }
        long maxAgeMs = HistoryWalker.MAX_AGE.toMillis();
        long recentMs = ChurnCalculator.RECENT.toMillis();
        long parentMs = HistoryWalker.committedAtMs(parent);
        long tipMs = HistoryWalker.committedAtMs(tip);
        return !DerivedChurnRepository.anyCommitBetween(c, projectId, parentMs - maxAgeMs, tipMs - maxAgeMs)
                && !DerivedChurnRepository.anyCommitBetween(c, projectId, parentMs - recentMs, tipMs - recentMs);
    }

    /** Which of {@code names} are files of the commit's tree (submodules left out, as in the calculator). */
    private static Set<String> inTree(ObjectReader reader, RevCommit commit, Set<String> names) throws IOException {
        Set<String> found = new HashSet<>();
        if (names.isEmpty()) {
            return found;
        }
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            tw.setFilter(PathFilterGroup.createFromStrings(names));
            while (tw.next()) {
                String path = tw.getPathString();
                if (names.contains(path) && tw.getFileMode(0) != FileMode.GITLINK) {
                    found.add(path);
                }
            }
        }
        return found;
    }

    /**
     * Where each name C's changes mention ends up in C's tree (absent: nowhere), as the calculator's
     * aliases after visiting C: a renamed file's old name goes to its new path; an added or renamed-to
     * name's older history belongs to no file of C; any other name is itself if it is in C's tree.
     */
    private static Map<String, String> newPaths(List<FileChange> changes, Set<String> names, Set<String> inTree) {
        Map<String, String> alias = new HashMap<>();
        Set<String> gone = new HashSet<>();
        for (FileChange f : changes) {
            if (f.change() == FileChange.ADDED || f.change() == FileChange.RENAMED) {
                gone.add(f.path());
            }
        }
        for (FileChange f : changes) {
            if (f.change() == FileChange.RENAMED) {
                gone.remove(f.oldPath());
                alias.remove(f.oldPath());
                if (inTree.contains(f.path())) {
                    alias.put(f.oldPath(), f.path());
                } else {
                    gone.add(f.oldPath());
                }
            }
        }
        Map<String, String> result = new HashMap<>();
        for (String name : names) {
            String to = alias.containsKey(name) ? alias.get(name) : gone.contains(name) || !inTree.contains(name)
                    ? null : name;
            if (to != null) {
                result.put(name, to);
            }
        }
        return result;
    }

    /** The distinct files C (a commit that counts) counts toward, as the calculator's first visit (no alias yet). */
    private static List<String> counted(StoredCommit commit, Set<String> inTree) {
        Set<String> touched = new LinkedHashSet<>();
        for (FileChange f : commit.changes()) {
            if (f.change() != FileChange.DELETED && inTree.contains(f.path())) {
                touched.add(f.path());
            }
        }
        return new ArrayList<>(touched);
    }

    private static FileChurn withChange(FileChurn before, String path, long at, int authorId) {
        Set<Integer> ids = new TreeSet<>();
        for (int id : AuthorIds.parse(before.authorIds())) {
            ids.add(id);
        }
        ids.add(authorId);
        return new FileChurn(path, before.commits90d() + 1, before.commitsTotal() + 1,
                Math.max(before.lastChangeAt(), at), ids.size(),
                AuthorIds.format(ids.stream().mapToInt(Integer::intValue).toArray()));
    }
}
