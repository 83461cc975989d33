package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import dev.memlayer.indexer.reindex.ReindexOutcome;
import dev.memlayer.indexer.reindex.Reindexer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code memlayer reindex --all [--full] [--db FILE] [--json]}: for cron. Exit 1 when a project
 * failed (the others are still indexed); a project whose root is gone is a warning, not a failure.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Index every registered project (incrementally unless --full); for cron.")
public class ReindexCommand implements Callable<Integer> {

    @Option(names = "--all", description = "every registered project whose root still exists")
    boolean all;

    @Option(names = "--full", description = "re-read every file instead of reusing unchanged ones")
    boolean full;

    @Option(names = "--db", paramLabel = "FILE", description = "database file (default: $MEMLAYER_DB, "
            + "else ~/.local/share/memlayer/memlayer.db)")
    String db;

    @Option(names = "--json", description = "print one JSON object per project")
    boolean json;

    @Option(names = "--verbose", description = "print stack traces on errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Reindexer reindexer;
    private final Instance<ObjectMapper> mapper;

    public ReindexCommand(Reindexer reindexer, Instance<ObjectMapper> mapper) {
        this.reindexer = reindexer;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        if (!all) {
            throw new ParameterException(spec.commandLine(), "reindex needs --all (one project: memlayer index PATH)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReindexOutcome> outcomes = reindexer.all(db, full, o -> print(o, out, err));
        return outcomes.stream().anyMatch(o -> o.result() == ReindexOutcome.Result.FAILED)
                ? ExitCode.FAILURE : ExitCode.OK;
    }

    private void print(ReindexOutcome o, PrintWriter out, PrintWriter err) {
        if (json) {
            try {
                out.println(mapper.get().writeValueAsString(o));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (o.result() == ReindexOutcome.Result.INDEXED) {
            out.println(SummaryLine.of(o.summary()));
        }
        switch (o.result()) {
            case SKIPPED -> ErrorLine.print(err, "warning: skipped " + o.project().name() + ": " + o.message());
            case FAILED -> ErrorLine.print(err, o.project().name() + ": " + o.message());
            default -> { }
        }
        out.flush();
    }
}
