package dev.memlayer.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.TestDb;
import dev.memlayer.indexer.TestRepo;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executable scripts without extension through the real pipeline and parsers: parsed as their `#!` line says. */
class ScriptFactsTest {

    @TempDir
    Path tmp;

    @Test
    void scriptsWithoutExtension_areParsedByTheirInterpreter_andNotReadAgainWhenUnchanged() throws Exception {
        Path db = tmp.resolve("m.db");
        TestRepo repo = TestRepo.git(tmp.resolve("app"));
        repo.write("bin/tool", "#!/usr/bin/env python3\n\ndef rebuild_index(path):\n    return path\n")
                .write("bin/serve", "#!/usr/bin/env node\nfunction startServer(port) {\n  return port;\n}\n")
                .write("LICENSE", "def not_a_function(): nothing\n")
                .write("app.py", "def helper():\n    return 1\n");
        repo.commitAll("scripts");
        IndexRun run = new IndexRun(IndexSettings.defaults(), Clock.systemUTC());

        run.run(repo.root(), db, false);

        assertThat(TestDb.column(db, "SELECT name FROM symbols ORDER BY name"))
                .containsExactly("helper", "rebuild_index", "startServer");
        assertThat(TestDb.column(db, "SELECT language FROM manifest WHERE path = 'bin/tool'"))
                .as("the manifest keeps the language of the name").containsExactly("other");

        repo.write("app.py", "def helper():\n    return 22  # another size: the walk trusts size and mtime\n");
        repo.commitAll("one file");
        IndexSummary second = run.run(repo.root(), db, false);

        assertThat(second.changed()).as("app.py changed: " + second).isEqualTo(1);
        assertThat(second.parsed()).as("only app.py is parsed again").isEqualTo(1);
        assertThat(TestDb.column(db, "SELECT count(*) FROM symbols WHERE name = 'rebuild_index'")).containsExactly(1);
    }
}
