package dev.memlayer.indexer.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import dev.memlayer.indexer.pipeline.IndexRun;
import dev.memlayer.indexer.pipeline.IndexSettings;
import dev.memlayer.indexer.snapshot.WriterDatabase;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.SymbolFact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexical index end to end: indexed through a real run, queried the way the service will. */
class LexicalIndexTest {

    /** BM25F-style weights (symbols, docs, body), as a reader would pass them to bm25(). */
    static final String SEARCH = "SELECT m.path FROM lexical"
            + " JOIN contents c ON c.rowid = lexical.rowid"
            + " JOIN manifest m ON m.content_hash = c.content_hash"
            + " WHERE lexical MATCH ? AND m.end_snapshot IS NULL" // current rows: the latest snapshot's
            + " ORDER BY bm25(lexical, 10.0, 3.0, 1.0), m.path";

    private static final String CONNECTION = """
            package net;

            /** Opens a pooled socket to the upstream gateway. */
            public class HttpConnection {
                // retries with exponential backoff
                private final String host;

                public HttpConnection(String host) {
                    this.host = host;
                }

                public String parse_header(String raw) {
                    return raw.trim();
                }
            }
            """;
    private static final String CLIENT_A = """
            package app;

            class Client {
                Object open() {
                    return new net.HttpConnection("gateway.internal");
                }
                int attempts = 3; // first draft
            }
            """;
    private static final String CLIENT_B = CLIENT_A.replace("first draft", "second draft");

    @TempDir
    Path tmp;

    private Path db;
    private TestRepo repo;
    private final IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC());

    @BeforeEach
    void fixture() throws Exception {
        db = tmp.resolve("m.db");
        repo = TestRepo.git(tmp.resolve("app"));
        repo.write("src/net/HttpConnection.java", CONNECTION)
                .write("src/app/Client.java", CLIENT_A)
                .write("src/app/Server.java", "package app;\nclass Server { void serve() {} }\n")
                .write("README.md", "# app\nThe client talks to the gateway.\n");
        repo.commitAll("initial");
    }

    private List<String> search(String match) throws SQLException {
        return TestDb.column(db, SEARCH, match).stream().map(String::valueOf).toList();
    }

    @Test
    void search_symbolName_ranksTheDefiningFileFirst() throws Exception {
        run.run(repo.root(), db, false);

        assertThat(search("\"HttpConnection\"")).containsExactly("src/net/HttpConnection.java", "src/app/Client.java");
        assertThat(search("\"parse_header\"")).containsExactly("src/net/HttpConnection.java");
    }

    @Test
    void search_splitPartAndCommentWord_findTheFile() throws Exception {
        run.run(repo.root(), db, false);

        assertThat(search("connection")).startsWith("src/net/HttpConnection.java");
        assertThat(search("backoff")).containsExactly("src/net/HttpConnection.java");
        assertThat(search("gateway")).contains("README.md", "src/net/HttpConnection.java", "src/app/Client.java");
    }

    @Test
    void reindex_unchangedRevertedAndDuplicateContent_documentInsertedOncePerContent() throws Exception {
        run.run(repo.root(), db, false);
        repo.write("src/app/Client.java", CLIENT_B.getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(60));
        run.run(repo.root(), db, false);
        repo.write("src/app/Client.java", CLIENT_A.getBytes(StandardCharsets.UTF_8), TestRepo.OLD.plusSeconds(120))
                .write("src/app/ClientCopy.java", CLIENT_A)
                .write("src/app/ClientCopy2.java", CLIENT_A);
        run.run(repo.root(), db, true);

        assertThat(TestDb.column(db, "SELECT count(*) FROM lexical"))
                .isEqualTo(TestDb.column(db, "SELECT count(*) FROM contents")).containsExactly(5);
        assertThat(search("first")).containsExactly(
                "src/app/Client.java", "src/app/ClientCopy.java", "src/app/ClientCopy2.java");
        // A second insert for the same rowid would leave postings behind after this one delete.
        TestDb.execute(db, "DELETE FROM lexical WHERE rowid = (SELECT c.rowid FROM contents c JOIN manifest m"
                + " ON m.content_hash = c.content_hash WHERE m.path = 'src/app/ClientCopy.java')");
        TestDb.execute(db, "DELETE FROM lexical WHERE rowid = (SELECT c.rowid FROM contents c JOIN manifest m"
                + " ON m.content_hash = c.content_hash WHERE m.path = 'src/net/HttpConnection.java' LIMIT 1)");
        assertThat(search("first")).isEmpty();
        assertThat(search("backoff")).isEmpty();
    }

    @Test
    void weights_symbolColumnOutranksMoreFrequentBodyMentions() throws Exception {
        List<String> hashes = List.of("definer", "user");
        try (Connection c = WriterDatabase.openAndMigrate(db, Clock.systemUTC())) {
            for (String h : hashes) {
                TestDb.execute(db, "INSERT INTO contents (content_hash, size, compression, data)"
                        + " VALUES ('" + h + "', 1, 'none', x'00')");
            }
            FileFacts defines = new FileFacts(List.of(new SymbolFact("class", "RetryPolicy", null,
                    "class RetryPolicy", 1, 3, true, "Decides when to retry.")), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), 0);
            try (LexicalIndexWriter writer = new LexicalIndexWriter(c)) {
                writer.add("definer", LexicalDocumentBuilder.build("class RetryPolicy { int max; }", defines));
                writer.add("user", LexicalDocumentBuilder.build(
                        "RetryPolicy a; RetryPolicy b; RetryPolicy c; void run(RetryPolicy p) {}", FileFacts.EMPTY));
                writer.add("user", LexicalDocumentBuilder.build("ignored: already indexed", FileFacts.EMPTY));
                writer.flush();
                assertThat(writer.inserted()).isEqualTo(2);
            }
            List<String> ranked = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.content_hash FROM lexical"
                    + " JOIN contents c ON c.rowid = lexical.rowid WHERE lexical MATCH ?"
                    + " ORDER BY bm25(lexical, 10.0, 3.0, 1.0)")) {
                ps.setString(1, "retrypolicy");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ranked.add(rs.getString(1));
                    }
                }
            }
            assertThat(ranked).containsExactly("definer", "user");
        }
    }
}
