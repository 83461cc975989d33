package dev.memlayer.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void statements_splitAtLineEndingSemicolons_skippingComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER);
                CREATE TABLE b (
                    y TEXT
                );
                """;
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE a (x INTEGER);", "CREATE TABLE b (\n    y TEXT\n);");
    }

    @Test
    void statements_triggerBody_keptWhole() {
        String script = """
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO b VALUES (new.x);
                    INSERT INTO b VALUES (new.x + 1);
                END;
                CREATE INDEX i ON a (x);
                """;
        assertThat(SqlScript.statements(script)).hasSize(2);
        assertThat(SqlScript.statements(script).get(0)).endsWith("END;").contains("new.x + 1");
    }
}
