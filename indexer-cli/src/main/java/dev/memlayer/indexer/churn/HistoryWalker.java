package dev.memlayer.indexer.churn;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads commit objects only (never diffs): the bounded history of a commit, and the paths of its tree.
 *
 * <p>Bounds, relative to the tip so that the window is a pure function of it: commits no older than
 * {@link #MAX_AGE} before the tip's commit time, and at most {@link #MAX_COMMITS} of them. Churn older
 * than that says little about where today's change goes, and the bounds cap the cost of a cold run on a
 * long history. The walk is in commit-time order and stops at the first commit past the age bound
 * (a commit with a skewed clock may end it early, but always at the same place for the same tip).
 */
final class HistoryWalker {

    static final Duration MAX_AGE = Duration.ofDays(3 * 365);
    static final int MAX_COMMITS = 20_000;

    private HistoryWalker() {
    }

    /** The window of {@code tip}; {@code walk} must be fresh and is used up. */
    static HistoryWindow window(RevWalk walk, AnyObjectId tip) throws IOException {
        RevCommit start = walk.parseCommit(tip);
        long oldest = start.getCommitTime() - MAX_AGE.toSeconds();
        walk.markStart(start);
        List<RevCommit> byTime = new ArrayList<>();
        for (RevCommit commit : walk) {
            if (commit.getCommitTime() < oldest || byTime.size() >= MAX_COMMITS) {
                break;
            }
            byTime.add(commit);
        }
        return new HistoryWindow(start, childrenFirst(byTime));
    }

    /**
     * Reorders commits so that each comes before its parents (ties in commit-time order), which is what
     * following renames from the tip backwards needs even when clocks are skewed.
     */
    static List<RevCommit> childrenFirst(List<RevCommit> byTime) {
        Map<RevCommit, Integer> rank = new HashMap<>();
        for (int i = 0; i < byTime.size(); i++) {
            rank.put(byTime.get(i), i);
        }
        int[] unvisitedChildren = new int[byTime.size()];
        for (RevCommit commit : byTime) {
            for (RevCommit parent : commit.getParents()) {
                Integer p = rank.get(parent);
                if (p != null) {
                    unvisitedChildren[p]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < unvisitedChildren.length; i++) {
            if (unvisitedChildren[i] == 0) {
                ready.add(i);
            }
        }
        List<RevCommit> ordered = new ArrayList<>(byTime.size());
        while (!ready.isEmpty()) {
            RevCommit commit = byTime.get(ready.poll());
            ordered.add(commit);
            for (RevCommit parent : commit.getParents()) {
                Integer p = rank.get(parent);
                if (p != null && --unvisitedChildren[p] == 0) {
                    ready.add(p);
                }
            }
        }
        return ordered;
    }

    /** Paths of the files in a commit's tree (submodules left out), in tree order. */
    static List<String> treePaths(ObjectReader reader, RevCommit commit) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                if (tw.getFileMode(0) != FileMode.GITLINK) {
                    paths.add(tw.getPathString());
                }
            }
        }
        return paths;
    }

    /** The identity distinct authors are counted by: the author's e-mail, lower case (the name without one). */
    static String author(RevCommit commit) {
        PersonIdent who = commit.getAuthorIdent();
        String email = who.getEmailAddress();
        return email == null || email.isBlank() ? who.getName() : email.toLowerCase(Locale.ROOT);
    }

    /** Commit time in epoch milliseconds. */
    static long committedAtMs(RevCommit commit) {
        return commit.getCommitTime() * 1000L;
    }
}
