package dev.memlayer.indexer.churn;

import dev.memlayer.indexer.lexical.LexicalDocumentBuilder;
import dev.memlayer.model.facts.FileFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Batched inserts of commit messages and their lexical documents ({@code commit_messages},
 * {@code commit_text}); the caller owns the transaction, so a message is stored with its commit or
 * not at all. A merge commit's message is stored but not indexed: its first-parent diff repeats what
 * the merged commits changed, and their own messages are indexed. The indexed terms are those the
 * file lexical index uses ({@link LexicalDocumentBuilder}: identifiers whole and split), so task
 * terms meet them the same way.
 */
final class CommitMessageWriter implements AutoCloseable {

    static final String INSERT_MESSAGE = "INSERT OR IGNORE INTO commit_messages"
            + " (project_id, sha, parents, subject, body) VALUES (?, ?, ?, ?, ?)";
    /** The document of one message, unless it has one (FTS5 would double a row's postings, not reject it). */
    static final String INSERT_TEXT = "INSERT INTO commit_text (rowid, subject, body)"
            + " SELECT m.id, ?, ? FROM commit_messages m WHERE m.project_id = ? AND m.sha = ?"
            + " AND NOT EXISTS (SELECT 1 FROM commit_text t WHERE t.rowid = m.id)";

    private final String projectId;
    private final PreparedStatement messages;
    private final PreparedStatement texts;

    CommitMessageWriter(Connection c, String projectId) throws SQLException {
        this.projectId = projectId;
        this.messages = c.prepareStatement(INSERT_MESSAGE);
        this.texts = c.prepareStatement(INSERT_TEXT);
    }

    void add(String sha, CommitMessage m) throws SQLException {
        messages.setString(1, projectId);
        messages.setString(2, sha);
        messages.setString(3, m.parents());
        messages.setString(4, m.subject());
        messages.setString(5, m.body());
        messages.addBatch();
        if (m.merge() || (m.subject().isEmpty() && m.body().isEmpty())) {
            return;
        }
        texts.setString(1, terms(m.subject()));
        texts.setString(2, terms(m.body()));
        texts.setString(3, projectId);
        texts.setString(4, sha);
        texts.addBatch();
    }

    /** Sends what is batched: messages first, their documents look them up. */
    void flush() throws SQLException {
        messages.executeBatch();
        texts.executeBatch();
    }

    private static String terms(String text) {
        return LexicalDocumentBuilder.build(text, FileFacts.EMPTY).body();
    }

    @Override
    public void close() throws SQLException {
        messages.close();
        texts.close();
    }
}
