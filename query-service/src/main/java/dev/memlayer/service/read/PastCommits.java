package dev.memlayer.service.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The past commits one view may learn from, built once per view ({@link SnapshotView#derived}):
 * commits reachable from the view's commit through the stored parents (so a snapshot never sees a
 * later commit, or one of a branch it does not contain), not merges, changing at most
 * {@value #MAX_FILES} files, each with the files of this view it changed. A path the view no longer
 * has is followed through the renames recorded by reachable commits; a file that is gone is dropped,
 * and a commit left with no file is not kept. Keyed by {@code commit_messages.id}, the rowid of
 * the commit's lexical document.
 */
public final class PastCommits {

    /** Larger commits (sweeps, moves, vendoring) say little about which file a task is about. */
    public static final int MAX_FILES = 30;
    /** Rename hops followed from a commit's path to the view's. */
    static final int MAX_RENAME_HOPS = 8;

    static final String SELECT_COMMITS = "SELECT m.id, m.sha, m.parents, m.subject, c.file_count, d.sz"
            + " FROM commit_messages m JOIN commits c ON c.project_id = m.project_id AND c.sha = m.sha"
            + " LEFT JOIN commit_text_docsize d ON d.id = m.id"
            + " WHERE m.project_id = ?";
    /** Files of small commits, and the renames of all (a sweep's moves still lead to today's paths). */
    static final String SELECT_FILES = "SELECT f.sha, f.path, f.change, f.old_path FROM commit_files f"
            + " JOIN commits c ON c.project_id = f.project_id AND c.sha = f.sha"
            + " WHERE f.project_id = ? AND (c.file_count <= " + MAX_FILES + " OR f.change = 'R')";

    /**
     * One usable commit.
     *
     * @param fileCount how many files it changed (all of them, also those gone since)
     * @param files     the view's files it changed (file indexes), each once
     * @param tokens    its message's tokens in the lexical index ({@code commit_text_docsize})
     */
    public record Commit(long id, String sha, String subject, int fileCount, int[] files, int tokens) {
    }

    private static final PastCommits NONE = new PastCommits(Map.of());

    private final Map<Long, Commit> byId;
    private final double averageTokens;

    private PastCommits(Map<Long, Commit> byId) {
        this.byId = byId;
        long sum = 0;
        for (Commit commit : byId.values()) {
            sum += commit.tokens();
        }
        this.averageTokens = byId.isEmpty() ? 0.0 : (double) sum / byId.size();
    }

    /** The mean message length of the usable commits, in tokens (their own BM25 average). */
    public double averageTokens() {
        return averageTokens;
    }

    /** The commit whose lexical document has this rowid, if the view may use it; else null. */
    public Commit get(long id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** The view's usable commits: built with {@code c} on first use, then kept with the view. */
    static PastCommits of(SnapshotView view, Connection c) throws SQLException {
        return view.derived(PastCommits.class, v -> load(c, v));
    }

    static PastCommits load(Connection c, SnapshotView view) throws SQLException {
        String tip = view.meta().commit();
        if (tip == null || tip.isEmpty()) {
            return NONE;
        }
        String project = view.project().id();
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_COMMITS)) {
            ps.setString(1, project);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getInt(5),
                            Fts5Sizes.rowLength(rs.getBytes(6)));
                    rows.put(rs.getString(2), r);
                }
            }
        }
        Set<String> reachable = reachable(rows, tip);
        if (reachable.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> changed = new HashMap<>();
        Map<String, String> renamedTo = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_FILES)) {
            ps.setString(1, project);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sha = rs.getString(1);
                    if (!reachable.contains(sha)) {
                        continue;
                    }
                    String change = rs.getString(3);
                    if ("R".equals(change) && rs.getString(4) != null) {
                        renamedTo.put(rs.getString(4), rs.getString(2));
                    }
                    Row r = rows.get(sha);
                    if (!"D".equals(change) && r.fileCount <= MAX_FILES && !r.merge()) {
                        changed.computeIfAbsent(sha, k -> new ArrayList<>(4)).add(rs.getString(2));
                    }
                }
            }
        }
        Map<Long, Commit> byId = new HashMap<>(changed.size() * 2);
        changed.forEach((sha, paths) -> {
            int[] files = files(view, paths, renamedTo);
            if (files.length > 0) {
                Row r = rows.get(sha);
                byId.put(r.id, new Commit(r.id, sha, r.subject, r.fileCount, files, r.tokens));
            }
        });
        return new PastCommits(byId);
    }

    /** Shas reachable from {@code tip} (itself included) through parents that are stored. */
    private static Set<String> reachable(Map<String, Row> rows, String tip) {
        Set<String> seen = new HashSet<>();
        if (!rows.containsKey(tip)) {
            return seen;
        }
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(tip);
        seen.add(tip);
        while (!todo.isEmpty()) {
            Row r = rows.get(todo.poll());
            if (r.parents.isEmpty()) {
                continue;
            }
            for (String p : r.parents.split(" ")) {
                if (rows.containsKey(p) && seen.add(p)) {
                    todo.add(p);
                }
            }
        }
        return seen;
    }

    private static int[] files(SnapshotView view, List<String> paths, Map<String, String> renamedTo) {
        int[] out = new int[paths.size()];
        int n = 0;
        for (String path : paths) {
            int index = view.indexOf(path);
            String p = path;
            for (int hop = 0; index < 0 && hop < MAX_RENAME_HOPS; hop++) {
                p = renamedTo.get(p);
                if (p == null) {
                    break;
                }
                index = view.indexOf(p);
            }
            if (index >= 0 && !contains(out, n, index)) {
                out[n++] = index;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private record Row(long id, String parents, String subject, int fileCount, int tokens) {
        boolean merge() {
            return parents.indexOf(' ') >= 0;
        }
    }
}
