package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 of task terms against the messages of the commits a view may learn from ({@link PastCommits}):
 * the FTS5 {@code commit_text} table holds every project's messages, so each term's parts (remembered
 * by {@link TermScores} while the index is unchanged) are kept for the view's usable commits only and
 * taken again with their statistics ({@link ViewBm25}; once per view and term, {@link CommitRows}),
 * then summed. A task is usually written like a
 * commit message, so past messages are the text closest to it that the index has.
 */
@ApplicationScoped
public class PastCommitSearch {

    /** Column weights of {@code bm25(commit_text, subject, body)}. */
    static final double W_SUBJECT = 1.0;
    static final double W_BODY = 1.0;
    static final String SEARCH_TERM = "SELECT rowid, -bm25(commit_text, " + W_SUBJECT + ", " + W_BODY + ")"
            + " FROM commit_text WHERE commit_text MATCH ?";
    static final String SEARCH = SEARCH_TERM.replace("FROM", "AS score FROM");

    /** A usable commit and its score (higher is better). */
    public record Match(PastCommits.Commit commit, double score) {
    }

    private final ReaderPool pool;
    private final TermScores termScores = new TermScores(SEARCH_TERM, TermScores.versionOf("commit_text"));

    public PastCommitSearch(ReaderPool pool) {
        this.pool = pool;
    }

    /**
     * The view's usable commits, kept with the view: the catalog builds them when it loads a new
     * current view; a view loaded for an explicit older version builds them on first use.
     */
    public PastCommits commits(SnapshotView view) throws SQLException {
        return view.derived(PastCommits.class, v -> {
            try (Connection c = pool.connection()) {
                return PastCommits.load(c, v);
            }
        });
    }

    /** The best {@code wanted} usable commits of {@code view} for the terms, best first. */
    public List<Match> search(SnapshotView view, List<String> terms, int wanted) throws SQLException {
        PastCommits commits = commits(view);
        List<String> phrases = LexicalSearch.phrases(terms);
        if (commits.size() == 0 || phrases.isEmpty() || wanted <= 0) {
            return List.of();
        }
        Map<PastCommits.Commit, double[]> scores = new IdentityHashMap<>();
        try (Connection c = pool.connection()) {
            List<TermScores.Postings> postings = termScores.postings(c, phrases, TermScores.MAX_ROWS);
            if (postings == null) {
                orQuery(c, phrases, commits, scores);
            } else {
                CommitRows rows = view.derived(CommitRows.class, v -> new CommitRows(commits));
                for (TermScores.Postings p : postings) {
                    CommitRows.InView inView = rows.of(p);
                    PastCommits.Commit[] usable = inView.commits();
                    for (int i = 0; i < usable.length; i++) {
                        scores.computeIfAbsent(usable[i], k -> new double[1])[0] += inView.parts()[i];
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>(scores.size());
        scores.forEach((commit, s) -> matches.add(new Match(commit, s[0])));
        matches.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Long.compare(a.commit().id(), b.commit().id()));
        return matches.size() > wanted ? List.copyOf(matches.subList(0, wanted)) : matches;
    }

    private static void orQuery(Connection c, List<String> phrases, PastCommits commits,
            Map<PastCommits.Commit, double[]> scores) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SEARCH)) {
            ps.setString(1, String.join(" OR ", phrases));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PastCommits.Commit commit = commits.get(rs.getLong(1));
                    if (commit != null) {
                        scores.computeIfAbsent(commit, k -> new double[1])[0] += rs.getDouble(2);
                    }
                }
            }
        }
    }
}
