package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.memlayer.indexer.status.Status;
import dev.memlayer.indexer.status.StatusReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memlayer status [PATH] [--all] [--db FILE] [--json]}. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show indexed projects and whether their snapshot is behind HEAD or the working tree.")
public class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "a folder inside an indexed repository (default: the current directory)")
    String path;

    @Option(names = "--all", description = "every registered project")
    boolean all;

    @Option(names = "--db", paramLabel = "FILE", description = "database file (default: $MEMLAYER_DB, "
            + "else ~/.local/share/memlayer/memlayer.db)")
    String db;

    @Option(names = "--json", description = "print the status as one JSON object")
    boolean json;

    @Option(names = "--verbose", description = "print stack traces on errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Status status;
    private final Instance<ObjectMapper> mapper;

    public StatusCommand(Status status, Instance<ObjectMapper> mapper) {
        this.status = status;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        StatusReport report = status.status(path, db, all);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.get().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writeValueAsString(report));
        } else {
            StatusLines.of(report).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
