package dev.memlayer.indexer.churn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Churn and co-change of one commit C, from its window's commits and their stored changes: a pure
 * function (no I/O, no clock), so the same C always gives the same set.
 *
 * <ul>
 *   <li>Only paths of C's tree get rows; a path with no counted commit gets none (zero churn).</li>
 *   <li>Renames are followed from C backwards: changes to an old path count toward the path it was later
 *       renamed to; once a path was added, older changes under that name belonged to another file.
 *       Commits are visited children first, so this is exact along each line of history; a change on a
 *       parallel branch to a path renamed on another branch may be lost.</li>
 *   <li>Merge commits are not counted: their first-parent diff repeats what the merged branch's own
 *       commits changed, which are counted.</li>
 *   <li>A commit changing more than {@link #CHURN_MAX_FILES} files (formatting sweeps, licence headers,
 *       vendoring, mass moves) counts toward nothing, though its renames are followed: it says nothing
 *       about where work concentrates, and skipping it keeps the rows to read small (in Prettier, 12 of
 *       3 000 commits hold over half of all changed-file rows).</li>
 *   <li>{@code commits_90d} counts commits at most {@link #RECENT} before C's commit time (never "now").</li>
 *   <li>Co-change counts commits touching at most {@link #COCHANGE_MAX_FILES} files (formatting sweeps
 *       and mass moves say nothing about coupling); pairs seen fewer than {@link #COCHANGE_MIN_COUNT}
 *       times are dropped, and a pair is kept only if it is among the {@link #COCHANGE_MAX_PARTNERS}
 *       strongest partners of one of its paths, so the set has at most that many rows per path.</li>
 * </ul>
 */
final class ChurnCalculator {

    static final Duration RECENT = Duration.ofDays(90);
    static final int CHURN_MAX_FILES = 300;
    static final int COCHANGE_MAX_FILES = 30;
    static final int COCHANGE_MIN_COUNT = 2;
    static final int COCHANGE_MAX_PARTNERS = 20;

    /** Alias of a name whose older history belongs to no file of C. */
    private static final int GONE = -1;

    ChurnSet compute(HistoryWindow window, Map<String, StoredCommit> stored, List<String> treePaths) {
        String[] paths = treePaths.stream().distinct().toArray(String[]::new);
        Map<String, Integer> ids = new HashMap<>(paths.length * 2);
        for (int i = 0; i < paths.length; i++) {
            ids.put(paths[i], i);
        }
        Tally tally = new Tally(paths.length);
        Map<String, Integer> alias = new HashMap<>();
        Map<Long, Integer> pairCounts = new HashMap<>();
        long recentFrom = HistoryWalker.committedAtMs(window.tip()) - RECENT.toMillis();
        int visit = 0;
        int[] seenIn = new int[paths.length];
        for (RevCommit commit : window.commits()) {
            if (commit.getParentCount() > 1) {
                continue;
            }
            StoredCommit changes = stored.getOrDefault(commit.name(), StoredCommit.EMPTY);
            List<FileChange> files = changes.changes();
            if (changes.fileCount() > CHURN_MAX_FILES) {
                follow(files, alias, ids);
                continue;
            }
            visit++;
            int[] targets = new int[files.size()];
            int touched = 0;
            for (int i = 0; i < files.size(); i++) {
                FileChange f = files.get(i);
                targets[i] = f.change() == FileChange.DELETED ? GONE : resolve(f.path(), alias, ids);
                if (targets[i] != GONE && seenIn[targets[i]] != visit) {
                    seenIn[targets[i]] = visit;
                    targets[touched++] = targets[i];
                }
            }
            long at = HistoryWalker.committedAtMs(commit);
            String author = HistoryWalker.author(commit);
            for (int i = 0; i < touched; i++) {
                tally.count(targets[i], at, at >= recentFrom, author);
            }
            if (changes.fileCount() <= COCHANGE_MAX_FILES) {
                countPairs(targets, touched, pairCounts);
            }
            follow(files, alias, ids);
        }
        List<String> authorNames = tally.authorNames();
        return new ChurnSet(window.commits().size(), authorNames, tally.rows(paths, authorNames),
                pairs(pairCounts, paths));
    }

    private static int resolve(String path, Map<String, Integer> alias, Map<String, Integer> ids) {
        Integer target = alias.get(path);
        if (target == null) {
            target = ids.get(path);
        }
        return target == null ? GONE : target;
    }

    /** After a commit (going back in time): an added name's past is another file; a rename's old name is this one. */
    private static void follow(List<FileChange> files, Map<String, Integer> alias, Map<String, Integer> ids) {
        int[] renamedTo = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            FileChange f = files.get(i);
            renamedTo[i] = f.change() == FileChange.RENAMED ? resolve(f.path(), alias, ids) : GONE;
        }
        for (FileChange f : files) {
            if (f.change() == FileChange.ADDED || f.change() == FileChange.RENAMED) {
                alias.put(f.path(), GONE);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).change() == FileChange.RENAMED) {
                alias.put(files.get(i).oldPath(), renamedTo[i]);
            }
        }
    }

    private static void countPairs(int[] targets, int touched, Map<Long, Integer> pairCounts) {
        for (int i = 0; i < touched; i++) {
            for (int j = i + 1; j < touched; j++) {
                int a = Math.min(targets[i], targets[j]);
                int b = Math.max(targets[i], targets[j]);
                pairCounts.merge(((long) a << 32) | b, 1, Integer::sum);
            }
        }
    }

    private static List<CoChange> pairs(Map<Long, Integer> pairCounts, String[] paths) {
        Map<Integer, List<long[]>> partners = new HashMap<>();
        for (Map.Entry<Long, Integer> e : pairCounts.entrySet()) {
            if (e.getValue() >= COCHANGE_MIN_COUNT) {
                long[] pair = {e.getKey(), e.getValue()};
                partners.computeIfAbsent((int) (e.getKey() >>> 32), k -> new ArrayList<>()).add(pair);
                partners.computeIfAbsent((int) (long) e.getKey(), k -> new ArrayList<>()).add(pair);
            }
        }
        Comparator<long[]> strongestFirst = Comparator.<long[]>comparingLong(p -> -p[1]).thenComparingLong(p -> p[0]);
        Set<Long> kept = new HashSet<>();
        for (List<long[]> list : partners.values()) {
            list.sort(strongestFirst);
            for (int i = 0; i < Math.min(COCHANGE_MAX_PARTNERS, list.size()); i++) {
                kept.add(list.get(i)[0]);
            }
        }
        List<CoChange> result = new ArrayList<>(kept.size());
        for (long key : kept) {
            String a = paths[(int) (key >>> 32)];
            String b = paths[(int) key];
            int count = pairCounts.get(key);
            result.add(CoChange.PATH_ORDER.compare(a, b) < 0 ? new CoChange(a, b, count) : new CoChange(b, a, count));
        }
        result.sort(Comparator.comparing(CoChange::pathA, CoChange.PATH_ORDER)
                .thenComparing(CoChange::pathB, CoChange.PATH_ORDER));
        return result;
    }

    /** Per-path counters, indexed by path id; confined to one computation. */
    private static final class Tally {
        final int[] total;
        final int[] recent;
        final long[] last;
        final List<Set<String>> authors;

        Tally(int size) {
            total = new int[size];
            recent = new int[size];
            last = new long[size];
            authors = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                authors.add(null);
            }
        }

        void count(int id, long at, boolean isRecent, String author) {
            total[id]++;
            if (isRecent) {
                recent[id]++;
            }
            last[id] = Math.max(last[id], at);
            if (authors.get(id) == null) {
                authors.set(id, new HashSet<>());
            }
            authors.get(id).add(author);
        }

        /** Every author counted, sorted: the dictionary the rows' author ids index. */
        List<String> authorNames() {
            Set<String> all = new HashSet<>();
            for (Set<String> set : authors) {
                if (set != null) {
                    all.addAll(set);
                }
            }
            List<String> sorted = new ArrayList<>(all);
            Collections.sort(sorted);
            return sorted;
        }

        List<FileChurn> rows(String[] paths, List<String> authorNames) {
            Map<String, Integer> authorIds = new HashMap<>(authorNames.size() * 2);
            for (int i = 0; i < authorNames.size(); i++) {
                authorIds.put(authorNames.get(i), i);
            }
            List<FileChurn> rows = new ArrayList<>();
            for (int id = 0; id < paths.length; id++) {
                if (total[id] > 0) {
                    Set<String> who = authors.get(id);
                    int[] ids = who.stream().mapToInt(authorIds::get).sorted().toArray();
                    rows.add(new FileChurn(paths[id], recent[id], total[id], last[id], who.size(),
                            AuthorIds.format(ids)));
                }
            }
            return rows;
        }
    }
}
