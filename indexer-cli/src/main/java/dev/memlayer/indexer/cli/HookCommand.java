package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import dev.memlayer.indexer.hook.HookReport;
import dev.memlayer.indexer.hook.Hooks;
import dev.memlayer.indexer.pipeline.IndexSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code memlayer hook install|uninstall|status [PATH]}, and {@code hook run}, which the hooks start. */
@Command(name = "hook", mixinStandardHelpOptions = true,
        description = "Git hooks (post-commit, post-merge, post-checkout, post-rewrite) that index in the background.")
public class HookCommand implements Runnable {

    private static final String PATH_HELP = "a folder inside the repository (default: the current directory)";
    private static final String DB_HELP = "database file (default: $MEMLAYER_DB, else ~/.local/share/memlayer/memlayer.db)";

    @Spec
    CommandSpec spec;

    private final Hooks hooks;
    private final Supplier<ObjectMapper> mapper;
    private final Clock clock;

    @Inject
    public HookCommand(Hooks hooks, Instance<ObjectMapper> mapper, Clock clock) {
        this(hooks, (Supplier<ObjectMapper>) mapper::get, clock);
    }

    /** Without CDI ({@link StandaloneIndex}, which the launcher starts for {@code hook run}). */
    HookCommand(Hooks hooks, Supplier<ObjectMapper> mapper, Clock clock) {
        this.hooks = hooks;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: install, uninstall or status");
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Install the hooks (a hook already there is kept and called first).")
    int install(@Parameters(arity = "0..1", defaultValue = ".", paramLabel = "PATH", description = PATH_HELP) String path,
            @Option(names = "--db", paramLabel = "FILE", description = DB_HELP) String db,
            @Option(names = "--launcher", paramLabel = "FILE", description = "the memlayer launcher the hooks "
                    + "run (default: scripts/memlayer when run through it, else this jar)") String launcher,
            @Option(names = "--json", description = "print the result as one JSON object") boolean json,
            @Option(names = "--verbose", description = "print stack traces on errors") boolean verbose)
            throws Exception {
        HookReport report = hooks.install(path, db, launcher);
        return print(report, json, HookLines.changes(report));
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Remove the hooks and put back the ones they were chained to.")
    int uninstall(@Parameters(arity = "0..1", defaultValue = ".", paramLabel = "PATH", description = PATH_HELP) String path,
            @Option(names = "--db", paramLabel = "FILE", description = DB_HELP) String db,
            @Option(names = "--json", description = "print the result as one JSON object") boolean json,
            @Option(names = "--verbose", description = "print stack traces on errors") boolean verbose)
            throws Exception {
        HookReport report = hooks.uninstall(path, db);
        return print(report, json, HookLines.changes(report));
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show each hook and whether it works.")
    int status(@Parameters(arity = "0..1", defaultValue = ".", paramLabel = "PATH", description = PATH_HELP) String path,
            @Option(names = "--db", paramLabel = "FILE", description = DB_HELP) String db,
            @Option(names = "--json", description = "print the result as one JSON object") boolean json,
            @Option(names = "--verbose", description = "print stack traces on errors") boolean verbose)
            throws Exception {
        HookReport report = hooks.status(path, db);
        return print(report, json, HookLines.status(report));
    }

    @Command(name = "run", hidden = true, description = "What an installed hook starts in the background: wait "
            + "for the writer lock, clear the queued marker, index ROOT; one line for the hook log.")
    int runHook(@Parameters(paramLabel = "ROOT") String root,
            @Option(names = "--hook", paramLabel = "NAME", defaultValue = "hook") String hook,
            @Option(names = "--queued", paramLabel = "DIR") String queued,
            @Option(names = "--db", paramLabel = "FILE", description = DB_HELP) String db) {
        PrintWriter out = spec.commandLine().getOut();
        String prefix = clock.instant() + " " + hook + " " + root + ": ";
        try {
            IndexSummary summary = hooks.run(root, db, queued);
            out.println(prefix + SummaryLine.of(summary));
            return ExitCode.OK;
        } catch (RuntimeException e) {
            out.println(prefix + "not indexed: " + ErrorLine.oneLine(ErrorLine.describe(e)));
            return ExitCode.FAILURE;
        } finally {
            out.flush();
        }
    }

    private int print(HookReport report, boolean json, List<String> lines) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.get().writeValueAsString(report));
        } else {
            lines.forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
