package dev.memlayer.indexer.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.WriterTurn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

class CommitMessagesTest extends ChurnDbTestCase {

    @Test
    void storedCommit_keepsSubjectBodyWithoutTrailersAndParents_andIsIndexedWithSplitIdentifiers() throws Exception {
        RevCommit c1 = history.write("a.txt", "a").commit("alice", 0, "Initial import");
        RevCommit c2 = history.write("src/Parser.java", "p").commit("bob", 1,
                "Fix HtmlTreeBuilder when parsing tables\n\nThe insertion mode was lost.\n\n"
                        + "Signed-off-by: Bob <bob@example.com>\n");

        db.ensure(c2);

        assertThat(message(c2)).containsExactly(c1.name(), "Fix HtmlTreeBuilder when parsing tables",
                "The insertion mode was lost.");
        assertThat(message(c1)).containsExactly("", "Initial import", "");
        // the whole identifier and its parts are both terms; trailers are not indexed
        assertThat(matches("htmltreebuilder")).containsExactly(c2.name());
        assertThat(matches("tree")).containsExactly(c2.name());
        assertThat(matches("insertion")).containsExactly(c2.name());
        assertThat(matches("signed")).isEmpty();
        assertThat(matches("initial")).containsExactly(c1.name());
    }

    @Test
    void mergeCommit_messageStored_butNotIndexed() throws Exception {
        RevCommit base = history.write("a.txt", "a").commit("alice", 0, "base");
        String trunk = history.repo.git().getRepository().getBranch();
        history.repo.git().checkout().setCreateBranch(true).setName("side").call();
        RevCommit side = history.write("b.txt", "b").commit("bob", 1, "side work on widgets");
        history.repo.git().checkout().setName(trunk).call();
        history.write("c.txt", "c").commit("alice", 2, "main work");
        ObjectId head = history.repo.git().merge().include(side).setStrategy(MergeStrategy.RECURSIVE)
                .setMessage("Merge branch side with widgets").call().getNewHead();
        RevCommit merge = history.repo.git().getRepository().parseCommit(head);

        db.ensure(merge);

        assertThat(message(merge).get(0)).contains(" ").contains(side.name());
        assertThat(message(side).get(0)).isEqualTo(base.name());
        assertThat(matches("widgets")).containsExactly(side.name());
    }

    @Test
    void commitsStoredBeforeMessages_getThemOnTheNextRun_evenWhenTheChurnSetExists() throws Exception {
        RevCommit c1 = history.write("a.txt", "a").commit("alice", 0, "Add the tokenizer");
        RevCommit c2 = history.write("a.txt", "b").commit("bob", 1, "Speed up the tokenizer");
        db.ensure(c2);
        downgradeToV3();
        db.close();
        db = history.database(tmp.resolve("m.db"));
        assertThat(db.count("SELECT count(*) FROM commits")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM commit_messages")).isZero();

        ChurnOutcome again = db.ensure(c2);

        assertThat(again.reused()).isTrue();
        assertThat(message(c1)).containsExactly("", "Add the tokenizer", "");
        assertThat(message(c2)).containsExactly(c1.name(), "Speed up the tokenizer", "");
        assertThat(matches("tokenizer")).containsExactlyInAnyOrder(c1.name(), c2.name());
        // complete now: a further run finds nothing to fill and indexes nothing twice
        assertThat(backfill()).isZero();
        assertThat(db.count("SELECT count(*) FROM commit_text WHERE commit_text MATCH 'tokenizer'")).isEqualTo(2);
    }

    @Test
    void backfill_commitObjectGone_storesAnEmptyMessageOnce() throws Exception {
        RevCommit c1 = history.write("a.txt", "a").commit("alice", 0, "Add the tokenizer");
        db.ensure(c1);
        try (Statement st = db.c.createStatement()) {
            st.executeUpdate("INSERT INTO commits (project_id, sha, author, committed_at, file_count) VALUES ('"
                    + db.projectId + "', '" + ObjectId.zeroId().name().replace('0', 'e') + "', 'x', 0, 1)");
        }

        assertThat(backfill()).isEqualTo(1);
        assertThat(backfill()).isZero();
        assertThat(db.count("SELECT count(*) FROM commit_messages WHERE subject = ''")).isEqualTo(1);
    }

    @Test
    void deletedMessage_takesItsLexicalDocumentAlong() throws Exception {
        RevCommit c1 = history.write("a.txt", "a").commit("alice", 0, "Add the tokenizer");
        db.ensure(c1);
        try (Statement st = db.c.createStatement()) {
            st.executeUpdate("DELETE FROM commits");
        }
        assertThat(db.count("SELECT count(*) FROM commit_messages")).isZero();
        assertThat(matches("tokenizer")).isEmpty();
    }

    /** What a schema-3 database holds: history without messages, no V4 objects, manifest rows per snapshot. */
    private void downgradeToV3() throws Exception {
        try (Statement st = db.c.createStatement()) {
            st.execute("DROP TRIGGER commit_messages_delete_text");
            st.execute("DROP TABLE commit_text");
            st.execute("DROP TABLE commit_messages");
            // V6's shared rows back to rows per ready snapshot, with V1's tables and content index
            String held = " JOIN snapshots s ON s.status = 'ready' AND m.project_id = s.project_id"
                    + " AND m.start_snapshot <= s.id AND (m.end_snapshot IS NULL OR m.end_snapshot > s.id)";
            st.execute("CREATE TABLE manifest_v1 (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id)"
                    + " ON DELETE CASCADE, path TEXT NOT NULL, content_hash TEXT NOT NULL, size INTEGER NOT NULL,"
                    + " mtime_ms INTEGER NOT NULL, language TEXT NOT NULL, lines INTEGER NOT NULL,"
                    + " PRIMARY KEY (snapshot_id, path)) WITHOUT ROWID");
            st.execute("INSERT INTO manifest_v1 SELECT s.id, m.path, m.content_hash, m.size, m.mtime_ms, m.language,"
                    + " m.lines FROM manifest m" + held);
            st.execute("CREATE TABLE edges_v1 (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id)"
                    + " ON DELETE CASCADE, kind TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,"
                    + " weight REAL NOT NULL, evidence TEXT, PRIMARY KEY (snapshot_id, kind, src, dst)) WITHOUT ROWID");
            st.execute("INSERT INTO edges_v1 SELECT s.id, m.kind, m.src, m.dst, m.weight, m.evidence FROM edges m" + held);
            st.execute("DROP TABLE manifest");
            st.execute("DROP TABLE edges");
            st.execute("ALTER TABLE manifest_v1 RENAME TO manifest");
            st.execute("ALTER TABLE edges_v1 RENAME TO edges");
            st.execute("CREATE INDEX manifest_by_hash ON manifest (content_hash)");
            // V7's author columns
            st.execute("ALTER TABLE churn DROP COLUMN author_ids");
            st.execute("ALTER TABLE churn_sets DROP COLUMN author_names");
            st.execute("DELETE FROM schema_migrations WHERE version >= 4");
        }
    }

    /** [parents, subject, body] of a stored commit. */
    private List<String> message(RevCommit commit) throws Exception {
        try (PreparedStatement ps = db.c.prepareStatement(
                "SELECT parents, subject, body FROM commit_messages WHERE project_id = ? AND sha = ?")) {
            ps.setString(1, db.projectId);
            ps.setString(2, commit.name());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("message of " + commit.name()).isTrue();
                return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /** Shas whose indexed message matches one term. */
    private List<String> matches(String term) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.c.prepareStatement("SELECT m.sha FROM commit_text t"
                + " JOIN commit_messages m ON m.id = t.rowid WHERE commit_text MATCH ?")) {
            ps.setString(1, '"' + term + '"');
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private int backfill() throws Exception {
        return MessageBackfill.fill(db.c, new WriterTurn(), db.repository.newObjectReader(), db.projectId);
    }
}
