package dev.memlayer.bench.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged applications as a user runs them: {@code scripts/memlayer} (C1, serial GC, AppCDS) and
 * {@code scripts/memlayer-serve}. Both scripts {@code exec} java, so a started process's pid is the JVM's
 * and its /proc memory counters are the application's.
 */
public record Memlayer(Path home) {

    /** {@code -Dmemlayer.home}, set by scripts/bench and the test runner; else the working directory. */
    public static Memlayer fromSystem() {
        return new Memlayer(Path.of(System.getProperty("memlayer.home", ".")).toAbsolutePath().normalize());
    }

    /** Fails with one clear line when the applications are not packaged. */
    public Memlayer requireBuilt() {
        for (String module : List.of("indexer-cli", "query-service")) {
            Path jar = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(module + " is not packaged (" + jar
                        + "); run: mvn -B -DskipTests package");
            }
        }
        return this;
    }

    public Path indexerScript() {
        return home.resolve("scripts/memlayer");
    }

    /** {@code scripts/memlayer index REPO --json --db DB [--full]}. */
    public ProcessBuilder index(Path repo, Path db, boolean full) {
        List<String> command = new ArrayList<>(List.of(indexerScript().toString(), "index", repo.toString(),
                "--json", "--db", db.toString()));
        if (full) {
            command.add("--full");
        }
        return new ProcessBuilder(command);
    }

    /** {@code scripts/memlayer-serve} on a port, reading one database. */
    public ProcessBuilder serve(Path db, int port) {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("scripts/memlayer-serve").toString());
        builder.environment().put("MEMLAYER_DB", db.toString());
        builder.environment().put("MEMLAYER_PORT", Integer.toString(port));
        return builder;
    }
}
