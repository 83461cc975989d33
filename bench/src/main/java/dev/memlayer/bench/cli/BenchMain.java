package dev.memlayer.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scripts/bench generate|index|query|report|smoke}: logs on stderr, one JSON object last on stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "memlayer benchmarks: synthetic repositories, indexing, /v1/context under load, the report",
        subcommands = {GenerateCommand.class, IndexCommand.class, QueryCommand.class, ReportCommand.class,
                SmokeCommand.class})
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        // Interrupted (Ctrl-C, kill): stop the indexers and services this run started, not only the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
        CommandLine line = new CommandLine(new BenchMain());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("bench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        System.exit(line.execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
