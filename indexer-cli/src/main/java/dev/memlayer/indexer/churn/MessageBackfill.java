package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.WriterTurn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Messages of a project's commits stored before messages were (schema 3 and older): read from the
 * commit objects, which is cheap (no diff), and stored in batches like new history. Every run checks
 * with two counts over index ranges whether any stored commit lacks a message, so a database that is
 * complete pays a few milliseconds (2 ms for 8 400 commits); a commit whose object is gone (rewritten
 * history, shallow clone) gets an empty message, so it is not looked for again.
 */
final class MessageBackfill {

    static final String COUNT_MISSING = "SELECT (SELECT count(*) FROM commits WHERE project_id = ?)"
            + " - (SELECT count(*) FROM commit_messages WHERE project_id = ?)";
    static final String SELECT_MISSING = "SELECT c.sha FROM commits c WHERE c.project_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM commit_messages m WHERE m.project_id = c.project_id AND m.sha = c.sha)";

    private MessageBackfill() {
    }

    /** Stores the missing messages of the project's stored commits; returns how many. */
    static int fill(Connection c, WriterTurn turn, ObjectReader reader, String projectId)
            throws SQLException, IOException {
        if (countMissing(c, projectId) <= 0) {
            return 0;
        }
        List<String> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_MISSING)) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(rs.getString(1));
                }
            }
        }
        try (RevWalk walk = new RevWalk(reader); CommitMessageWriter writer = new CommitMessageWriter(c, projectId)) {
            BatchedTransactions.write(c, turn, missing, sha -> new ReadMessage(sha, read(walk, sha)),
                    r -> writer.add(r.sha(), r.message()), writer::flush);
        }
        return missing.size();
    }

    private static long countMissing(Connection c, String projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_MISSING)) {
            ps.setString(1, projectId);
            ps.setString(2, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** A commit's message as read from git. */
    private record ReadMessage(String sha, CommitMessage message) {
    }

    private static CommitMessage read(RevWalk walk, String sha) throws IOException {
        try {
            return CommitMessage.of(walk.parseCommit(ObjectId.fromString(sha)));
        } catch (MissingObjectException | IllegalArgumentException e) {
            return CommitMessage.UNREADABLE;
        }
    }
}
