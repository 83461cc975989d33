package dev.memlayer.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    @TempDir
    Path dir;

    private Connection writer() throws SQLException {
        return SqliteSettings.writer(dir.resolve("m.db")).getConnection();
    }

    @Test
    void migrate_freshDatabase_appliesEveryMigrationOnce() throws SQLException {
        try (Connection c = writer()) {
            assertThat(new Migrator(Clock.systemUTC()).migrate(c)).isEqualTo(Migrations.all().size());
            assertThat(new Migrator(Clock.systemUTC()).migrate(c)).isZero();
            assertThat(SchemaVerifier.verify(c)).isEqualTo(SchemaVersion.CURRENT);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN "
                            + "('projects','snapshots','manifest','contents','symbols','edges','churn','lexical')")) {
                assertThat(rs.getInt(1)).isEqualTo(8);
            }
        }
    }

    @Test
    void migrations_listMatchesSchemaVersion() {
        assertThat(Migrations.all()).extracting(Migration::version)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, SchemaVersion.CURRENT)
                        .boxed().toList());
    }

    @Test
    void verify_newerSchema_refusedWithOneLine() throws SQLException {
        try (Connection c = writer()) {
            new Migrator(Clock.systemUTC()).migrate(c);
            c.createStatement().executeUpdate("INSERT INTO schema_migrations VALUES (99, 'V99__future.sql', 'x', 0)");
            assertThatThrownBy(() -> SchemaVerifier.verify(c)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("newer than this memlayer").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> new Migrator(Clock.systemUTC()).migrate(c)).isInstanceOf(SchemaException.class);
        }
    }

    @Test
    void verify_alteredMigration_refused() throws SQLException {
        try (Connection c = writer()) {
            new Migrator(Clock.systemUTC()).migrate(c);
            c.createStatement().executeUpdate("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1");
            assertThatThrownBy(() -> SchemaVerifier.verify(c)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("V1__core.sql").hasMessageContaining("differs");
        }
    }

    @Test
    void verify_emptyDatabase_saysToRunIndex() throws SQLException {
        try (Connection c = writer()) {
            assertThatThrownBy(() -> SchemaVerifier.verify(c)).hasMessageContaining("memlayer index");
        }
    }

    @Test
    void reader_cannotWrite() throws SQLException {
        try (Connection c = writer()) {
            new Migrator(Clock.systemUTC()).migrate(c);
        }
        try (Connection r = SqliteSettings.reader(dir.resolve("m.db")).getConnection();
                Statement st = r.createStatement()) {
            st.execute(SqliteSettings.READER_INIT_SQL);
            assertThat(SchemaVerifier.verify(r)).isEqualTo(SchemaVersion.CURRENT);
            assertThatThrownBy(() -> st.executeUpdate(
                    "INSERT INTO projects (id, name, root, created_at) VALUES ('a', 'b', 'c', 0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("READONLY");
        }
    }
}
