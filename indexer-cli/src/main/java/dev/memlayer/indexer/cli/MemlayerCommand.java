package dev.memlayer.indexer.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code memlayer}: the indexer's top command; a subcommand is required. */
@TopCommand
@Command(name = "memlayer", mixinStandardHelpOptions = true, version = "memlayer 0.1.0",
        description = "Index repositories into versioned snapshots for the memlayer query service.",
        subcommands = {IndexCommand.class, StatusCommand.class, GcCommand.class, HookCommand.class,
                ReindexCommand.class, DoctorCommand.class, AgentCommand.class})
public class MemlayerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: index, status, reindex, hook, doctor, agent or gc");
    }
}
