package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.indexer.config.StandaloneConfig;
import dev.memlayer.indexer.hook.Hooks;
import dev.memlayer.indexer.pipeline.Indexer;
import dev.memlayer.indexer.pipeline.WarmUp;
import io.smallrye.config.SmallRyeConfig;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code memlayer index …} without Quarkus: {@code scripts/memlayer} starts this class for the index
 * command. A run after a one-file commit is mostly start-up, and booting Quarkus (configuration, Arc,
 * logging, executor) and picocli's model of every subcommand cost ~0.45 s of a ~1.2 s run, although
 * indexing needs none of it: {@link Indexer} and the pipeline are plain objects. The same
 * {@link IndexCommand} parses the same arguments (under a {@code memlayer} parent, so usage lines read
 * {@code memlayer index}); the same {@link HookCommand} runs {@code memlayer hook run}, which every git
 * hook starts after a commit, checkout or merge (the launcher sends only that hook command here:
 * {@code hook install} records the launcher from how it was started). Same settings
 * ({@link StandaloneConfig}), log format ({@link StandaloneLogging}), exit codes and one-line errors
 * ({@link CommandLineSetup}). Every other
 * command, and {@code java -jar quarkus-run.jar index …}, still goes through Quarkus.
 */
public final class StandaloneIndex {

    private StandaloneIndex() {
    }

    /** {@code args} as {@code memlayer} gets them: {@code index} (or {@code hook run}) first. */
    public static void main(String[] args) {
        StandaloneLogging.selectManager();
        WarmUp.start(); // beside reading the configuration and the arguments
        SmallRyeConfig config;
        try {
            config = StandaloneConfig.load();
        } catch (RuntimeException e) { // e.g. MEMLAYER_BATCH_SIZE=many: one line, as any other failure
            ErrorLine.print(new PrintWriter(System.err, true), e, false);
            System.exit(ExitCode.FAILURE);
            return;
        }
        StandaloneLogging.configure(config);
        int code = run(config, args, System.out, System.err);
        System.exit(code);
    }

    /** Parses and runs {@code memlayer index …} or {@code memlayer hook run …}; returns the exit code. */
    static int run(SmallRyeConfig config, String[] args, PrintStream out, PrintStream err) {
        IndexerConfig settings = StandaloneConfig.indexer(config);
        Clock clock = Clock.systemUTC();
        Indexer indexer = new Indexer(settings, clock);
        CommandLine memlayer = new CommandLine(CommandSpec.create().name("memlayer"));
        // only the command asked for: picocli's model of a command is read from its annotations
        // (tens of ms in a fresh JVM), and the launcher starts this class for one of the two only
        if (args.length > 0 && args[0].equals("hook")) {
            memlayer.addSubcommand(new CommandLine(new HookCommand(new Hooks(settings, indexer), ObjectMapper::new,
                    clock)));
        } else {
            memlayer.addSubcommand(new CommandLine(new IndexCommand(indexer, ObjectMapper::new)));
        }
        memlayer.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return CommandLineSetup.withExitHandlers(memlayer).execute(args);
    }
}
