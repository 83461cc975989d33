package dev.memlayer.indexer.churn;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the history and churn tests share: a scripted git repository and a migrated database
 * for it, both in a fresh temporary folder per test.
 */
abstract class ChurnDbTestCase {

    @TempDir
    Path tmp;

    ScriptedHistory history;
    ChurnDb db;

    @BeforeEach
    void openHistoryAndDatabase() throws Exception {
        history = new ScriptedHistory(tmp.resolve("repo"));
        db = history.database(tmp.resolve("m.db"));
    }

    @AfterEach
    void closeHistoryAndDatabase() throws Exception {
        db.close();
        history.close();
    }
}
