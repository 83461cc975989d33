package dev.memlayer.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real, packaged indexer ({@code indexer-cli/target/quarkus-app/quarkus-run.jar}) as a
 * separate process, exactly as users do: the two applications share nothing but the SQLite file.
 */
public final class IndexerProcess {

    static final Path JAR = Path.of("..", "indexer-cli", "target", "quarkus-app", "quarkus-run.jar");
    /** System property that points the tests at another indexer build (e.g. a copy while the module rebuilds). */
    static final String JAR_PROPERTY = "test.indexer.jar";
    private static final long TIMEOUT_SECONDS = 120;

    private final ObjectMapper json = new ObjectMapper();

    /** Indexes {@code repo} into {@code db} and returns the parsed {@code --json} summary line. */
    public IndexResult index(Path repo, Path db) {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, JAR.toString())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the indexer jar is missing at " + jar
                    + "; build it first with: mvn -pl indexer-cli package");
        }
        try {
            Path err = Files.createTempFile("memlayer-indexer", ".err");
            try {
                Process p = new ProcessBuilder(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-jar", jar.toString(), "index", repo.toString(), "--db", db.toString(), "--json"))
                        .redirectError(err.toFile())
                        .start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("the indexer did not finish within " + TIMEOUT_SECONDS + " s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("the indexer exited with " + p.exitValue() + ": "
                            + Files.readString(err) + out);
                }
                return parse(out);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run the indexer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    private IndexResult parse(String stdout) throws IOException {
        String line = stdout.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no JSON summary from the indexer: " + stdout));
        JsonNode n = json.readTree(line);
        JsonNode project = n.path("project");
        return new IndexResult(project.path("id").asText(), project.path("name").asText(),
                project.path("root").asText(), n.path("version").asLong(), n.path("files").asInt(),
                n.path("db").asText());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
