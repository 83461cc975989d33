package dev.memlayer.indexer.pipeline;

import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.extract.typescript.TypeScriptImportRules;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.snapshot.WriterDatabase;

/**
 * One-time set-up an index run would otherwise do on its own thread before it walks anything — JGit's
 * (message bundle, git's system and user config: two {@code git} processes), SQLite's (native library,
 * locale data), the tree-sitter grammars' (native libraries, compiled queries) and the tsconfig reader's
 * (Jackson) — started on a daemon thread first thing in a short-lived process, so it overlaps reading
 * the configuration and parsing the arguments. Each part is idempotent and leaves its failures for the
 * run to report.
 */
public final class WarmUp {

    private WarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(WarmUp::run, "memlayer-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        GitWorkTree.warmUp();
        WriterDatabase.warmUp();
        try {
            ExtractorRegistry.standard();
            TypeScriptImportRules.warmUp();
        } catch (RuntimeException e) {
            // the run builds its own registry (and rules) and reports the failure there
        }
    }
}
