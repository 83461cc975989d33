package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class ReadOnlyConnectionTest {

    @Inject
    ReaderPool pool;

    @Test
    void pooledConnection_insert_failsWithSqliteReadonly() throws SQLException {
        try (Connection c = pool.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM projects")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO projects (id, name, root, created_at) VALUES ('x', 'x', '/x', 0)"))
                    .isInstanceOf(SQLiteException.class)
                    .satisfies(e -> assertThat(((SQLiteException) e).getResultCode().code & 0xff)
                            .isEqualTo(SQLiteErrorCode.SQLITE_READONLY.code));
            assertThatThrownBy(() -> s.execute("CREATE TABLE evil (x INTEGER)"))
                    .isInstanceOf(SQLiteException.class)
                    .hasMessageContaining("SQLITE_READONLY");
        }
    }

    @Test
    void pooledConnection_queryOnlyPragma_isSet() throws SQLException {
        try (Connection c = pool.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA query_only")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
