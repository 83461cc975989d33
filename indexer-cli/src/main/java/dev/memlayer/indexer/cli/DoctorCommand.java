package dev.memlayer.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import dev.memlayer.indexer.doctor.Doctor;
import dev.memlayer.indexer.doctor.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code memlayer doctor [PATH] [--db FILE] [--service URL] [--json]}: one line per check, each
 * problem followed by the command that fixes it. Exit 0 all ok, 1 any failure, 2 warnings only.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the database, the snapshot of PATH against HEAD, the git hooks and the query service.")
public class DoctorCommand implements Callable<Integer> {

    static final int WARNINGS = 2;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "a folder inside the repository (default: the current directory)")
    String path;

    @Option(names = "--db", paramLabel = "FILE", description = "database file (default: $MEMLAYER_DB, "
            + "else ~/.local/share/memlayer/memlayer.db)")
    String db;

    @Option(names = "--service", paramLabel = "URL", description = "the query service (default: "
            + "$MEMLAYER_SERVICE_URL, else http://127.0.0.1:$MEMLAYER_PORT, port 7700)")
    String service;

    @Option(names = "--json", description = "print the findings as one JSON array")
    boolean json;

    @Option(names = "--verbose", description = "print stack traces on errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Doctor doctor;
    private final Instance<ObjectMapper> mapper;

    public DoctorCommand(Doctor doctor, Instance<ObjectMapper> mapper) {
        this.doctor = doctor;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        List<Finding> findings = doctor.check(path, db, service);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.get().writeValueAsString(findings));
        } else {
            for (Finding f : findings) {
                out.println(String.format(Locale.ROOT, "%-6s %-14s %s", tag(f.level()), f.check(), f.message()));
                if (f.fix() != null) {
                    out.println(String.format(Locale.ROOT, "%-6s %-14s fix: %s", "", "", f.fix()));
                }
            }
        }
        out.flush();
        if (findings.stream().anyMatch(f -> f.level() == Finding.Level.FAIL)) {
            return ExitCode.FAILURE;
        }
        return findings.stream().anyMatch(f -> f.level() == Finding.Level.WARN) ? WARNINGS : ExitCode.OK;
    }

    private static String tag(Finding.Level level) {
        return switch (level) {
            case OK -> "ok";
            case WARN -> "warn";
            case FAIL -> "FAIL";
        };
    }
}
