package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import dev.memlayer.indexer.pipeline.GarbageCollector;
import dev.memlayer.indexer.pipeline.GcSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code memlayer gc [--keep N] [--vacuum] [--db FILE] [--json] [--verbose]}. */
@Command(name = "gc", mixinStandardHelpOptions = true,
        description = "Drop snapshots older than the last N per project and the facts nothing references any more.")
public class GcCommand implements Callable<Integer> {

    @Option(names = "--keep", paramLabel = "N",
            description = "ready snapshots kept per project (default: memlayer.keep-snapshots, 5)")
    Integer keep;

    @Option(names = "--vacuum", description = "also rewrite the file to give freed space back (slow)")
    boolean vacuum;

    @Option(names = "--db", paramLabel = "FILE", description = "database file (default: $MEMLAYER_DB, "
            + "else ~/.local/share/memlayer/memlayer.db)")
    String db;

    @Option(names = "--json", description = "print the result as one JSON object")
    boolean json;

    @Option(names = "--verbose", description = "print stack traces on errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final GarbageCollector collector;
    private final Instance<ObjectMapper> mapper;

    public GcCommand(GarbageCollector collector, Instance<ObjectMapper> mapper) {
        this.collector = collector;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        if (keep != null && keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep must be at least 1, was " + keep);
        }
        GcSummary summary = collector.collect(db, keep, vacuum);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? mapper.get().writeValueAsString(summary) : GcLine.of(summary));
        out.flush();
        return ExitCode.OK;
    }
}
