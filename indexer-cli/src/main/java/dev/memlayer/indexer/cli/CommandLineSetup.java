package dev.memlayer.indexer.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Maps outcomes to exit codes in one place: a usage error prints one line and exits 2; any
 * exception from a command prints one {@link ErrorLine} and exits 1. Commands just throw.
 */
@ApplicationScoped
public class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return withExitHandlers(factory.create());
    }

    /** The usage-error and failure handlers every memlayer command line uses (also {@link StandaloneIndex}). */
    static CommandLine withExitHandlers(CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler(CommandLineSetup::usageError)
                .setExecutionExceptionHandler(CommandLineSetup::failure);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        ErrorLine.print(cmd.getErr(), e.getMessage() + " (see `" + cmd.getCommandSpec().qualifiedName() + " --help`)");
        return ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
        ErrorLine.print(cmd.getErr(), e, verbose(parsed));
        return ExitCode.FAILURE;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
