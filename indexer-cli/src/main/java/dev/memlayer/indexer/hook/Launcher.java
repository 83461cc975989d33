package dev.memlayer.indexer.hook;

import dev.memlayer.indexer.IndexerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a hook starts memlayer, recorded with absolute paths at install time: the
 * {@code scripts/memlayer} launcher, or {@code java -jar …/quarkus-run.jar} when memlayer was
 * started from its jar.
 *
 * @param command  the executable and its leading arguments
 * @param required the file whose absence makes the hook skip itself quietly (the script or the jar)
 */
public record Launcher(List<String> command, Path required) {

    static final String JAR_NAME = "quarkus-run.jar";
    /** The same start-up flags as scripts/memlayer: a hook run lives a second or two. */
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    public Launcher {
        command = List.copyOf(command);
    }

    /** A launcher script or executable at {@code path}. */
    public static Launcher script(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new IndexerException("no launcher at " + abs);
        }
        if (!Files.isExecutable(abs)) {
            throw new IndexerException("the launcher " + abs + " is not executable; run: chmod +x " + abs);
        }
        return new Launcher(List.of(abs.toString()), abs);
    }

    /**
     * {@code explicit} (--launcher), else {@code configured} ({@code MEMLAYER_LAUNCHER}, which
     * scripts/memlayer exports), else this process's own jar.
     *
     * @param classPath this JVM's {@code java.class.path}; {@code java -jar X} makes it X
     * @param javaHome  this JVM's {@code java.home}
     */
    public static Launcher detect(String explicit, String configured, String classPath, String javaHome) {
        if (explicit != null && !explicit.isBlank()) {
            return script(Path.of(explicit));
        }
        if (configured != null && !configured.isBlank()) {
            return script(Path.of(configured));
        }
        if (classPath != null && Path.of(classPath).getFileName() != null
                && Path.of(classPath).getFileName().toString().equals(JAR_NAME)) {
            Path jar = Path.of(classPath).toAbsolutePath().normalize();
            String java = Path.of(javaHome, "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java));
            command.addAll(JVM_FLAGS);
            command.addAll(List.of("-jar", jar.toString()));
            return new Launcher(command, jar);
        }
        throw new IndexerException("cannot tell how memlayer was started; run it through scripts/memlayer "
                + "or pass --launcher /path/to/scripts/memlayer");
    }

    /** Whether the hook can still start memlayer. */
    public boolean present() {
        return Files.exists(required);
    }
}
