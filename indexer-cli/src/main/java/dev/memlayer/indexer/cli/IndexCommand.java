package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import dev.memlayer.indexer.pipeline.IndexSummary;
import dev.memlayer.indexer.pipeline.Indexer;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memlayer index [PATH] [--rev REV] [--full] [--db FILE] [--json] [--verbose]}. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index the repository at PATH (incrementally unless --full) and publish a new snapshot.")
public class IndexCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "a folder inside the repository (default: the current directory)")
    String path;

    @Option(names = "--full", description = "re-read every file instead of reusing unchanged ones")
    boolean full;

    @Option(names = "--rev", paramLabel = "REV", description = "index the tree of this commit, branch or tag "
            + "straight from git objects (nothing is checked out) instead of the working tree; repeat it to "
            + "publish one snapshot per revision in one run (one summary line each)")
    List<String> revs = List.of();

    @Option(names = "--db", paramLabel = "FILE", description = "database file (default: $MEMLAYER_DB, "
            + "else ~/.local/share/memlayer/memlayer.db)")
    String db;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Option(names = "--verbose", description = "print stack traces on errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Indexer indexer;
    /** Resolved only for --json (in every command): building the mapper is a noticeable share of a short run. */
    private final Supplier<ObjectMapper> mapper;

    @Inject
    public IndexCommand(Indexer indexer, Instance<ObjectMapper> mapper) {
        this(indexer, (Supplier<ObjectMapper>) mapper::get);
    }

    /** Without CDI ({@link StandaloneIndex}). */
    IndexCommand(Indexer indexer, Supplier<ObjectMapper> mapper) {
        this.indexer = indexer;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> targets = revs.isEmpty() ? Collections.singletonList(null) : revs;
        for (String rev : targets) {
            IndexSummary summary = indexer.index(path, db, full, rev, !json);
            out.println(json ? mapper.get().writeValueAsString(summary) : SummaryLine.of(summary));
            out.flush();
        }
        return ExitCode.OK;
    }
}
