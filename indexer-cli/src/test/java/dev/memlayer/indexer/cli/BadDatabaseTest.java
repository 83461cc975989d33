package dev.memlayer.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestRepo;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A database file that is not ours, or is broken: one line, exit 1, and the file's bytes untouched. */
@QuarkusMainTest
class BadDatabaseTest {

    @TempDir
    Path tmp;

    private Path repo;

    @BeforeEach
    void repo() throws Exception {
        try (TestRepo r = TestRepo.git(tmp.resolve("proj"))) {
            r.write("a.txt", "a\n").commitAll("init");
            repo = r.root();
        }
    }

    private void assertRefusedUntouched(QuarkusMainLauncher launcher, Path db, String... commands) throws Exception {
        byte[] before = Files.readAllBytes(db);
        for (String command : commands) {
            LaunchResult result = command.equals("index")
                    ? launcher.launch("index", repo.toString(), "--db", db.toString())
                    : launcher.launch(command, "--db", db.toString());

            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.getErrorStream()).as(command).hasSize(1);
            assertThat(result.getErrorOutput()).as(command).startsWith("memlayer: ").contains(db.toString());
            assertThat(Files.readAllBytes(db)).as(command).isEqualTo(before);
        }
    }

    @Test
    void randomBytes_areNotADatabase(QuarkusMainLauncher launcher) throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Path db = Files.write(tmp.resolve("junk.db"), junk);

        assertRefusedUntouched(launcher, db, "index", "gc");
    }

    @Test
    void textFile_isNotADatabase(QuarkusMainLauncher launcher) throws Exception {
        Path db = Files.writeString(tmp.resolve("notes.db"), "my notes, not a database\n".repeat(200));

        assertRefusedUntouched(launcher, db, "index");
    }

    @Test
    void foreignSqliteDatabase_isRefusedNotMigrated(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("other-app.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.execute("INSERT INTO invoices (total) VALUES (12.5)");
        }

        assertRefusedUntouched(launcher, db, "index", "gc");
    }

    @Test
    void truncatedMemlayerDatabase_isRefusedUntouched(QuarkusMainLauncher launcher) throws Exception {
        Path db = tmp.resolve("m.db");
        assertThat(launcher.launch("index", repo.toString(), "--db", db.toString()).exitCode()).isZero();
        byte[] whole = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(whole, whole.length / 3));

        assertRefusedUntouched(launcher, db, "index");
    }
}
