package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.PastCommits;
import dev.memlayer.service.read.SnapshotView;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Files changed by past commits whose messages read like the task: the {@value #COMMITS} best commits
 * by BM25 of the task terms against their messages (only commits the snapshot's commit reaches; see
 * {@link PastCommits}) each give every file they changed {@code score / best score / sqrt(files
 * changed)}: a focused commit says more about each of its files than a broad one. A file's shares are
 * summed with its n-th commit (best first, from 0) counting {@code DECAY^n}: a second similar commit
 * adds evidence, but a file that many commits touch (a central module) must not win by count alone.
 * Evidence names the commit that gave the file most.
 */
public final class PastCommitSignal implements Signal {

    public static final String NAME = "past_commit";
    /** Commits read per request. */
    static final int COMMITS = 30;
    /** The n-th strongest commit of a file (from 0) counts {@code DECAY^n} of its share (dev set: 0.25 ≥ 0.5 > 1). */
    static final double DECAY = 0.25;
    static final int SHORT_SHA = 10;
    static final int SUBJECT_CHARS = 100;
    private static final Logger LOG = Logger.getLogger(PastCommitSignal.class);

    private final PastCommitSearch search;

    public PastCommitSignal(PastCommitSearch search) {
        this.search = search;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        List<PastCommitSearch.Match> matches;
        try {
            matches = search.search(view, query.terms(), COMMITS);
        } catch (SQLException e) {
            LOG.warnf("past commit search failed, ranking without it: %s", e.getMessage());
            return List.of();
        }
        if (matches.isEmpty() || matches.get(0).score() <= 0) {
            return List.of();
        }
        double best = matches.get(0).score();
        Map<Integer, double[]> byFile = new HashMap<>();
        Map<Integer, PastCommits.Commit> why = new HashMap<>();
        for (PastCommitSearch.Match m : matches) {
            PastCommits.Commit commit = m.commit();
            double share = m.score() / best / Math.sqrt(Math.max(1, commit.fileCount()));
            for (int file : commit.files()) {
                // [sum, best share, weight of the next commit]: commits come strongest first, so a
                // file's later commits are decayed by how many of its commits came before
                double[] acc = byFile.computeIfAbsent(file, k -> new double[] {0, 0, 1});
                acc[0] += share * acc[2];
                acc[2] *= DECAY;
                if (share > acc[1]) {
                    acc[1] = share;
                    why.put(file, commit);
                }
            }
        }
        List<SignalHit> hits = new ArrayList<>(byFile.size());
        byFile.forEach((file, acc) -> hits.add(new SignalHit(view.files().get(file), acc[0],
                () -> evidence(why.get(file)))));
        return hits;
    }

    static String evidence(PastCommits.Commit c) {
        String sha = c.sha().length() > SHORT_SHA ? c.sha().substring(0, SHORT_SHA) : c.sha();
        String subject = c.subject().length() > SUBJECT_CHARS ? c.subject().substring(0, SUBJECT_CHARS) + "…"
                : c.subject();
        return "similar past commit: " + sha + " " + subject;
    }
}
