package dev.memlayer.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.bench.process.Memlayer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The packaged query service on a free loopback port, stopped on close. */
public final class ServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START_LIMIT_MS = 180_000;

    private final Process process;
    private final URI base;
    private final HttpClient http;
    private final long startMs;

    private ServiceProcess(Process process, URI base, HttpClient http, long startMs) {
        this.process = process;
        this.base = base;
        this.http = http;
        this.startMs = startMs;
    }

    /** Starts the service on {@code db} and waits until it answers health and lists the project. */
    public static ServiceProcess start(Memlayer memlayer, Path db, String projectId, Path logFile, HttpClient http)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        Process process = memlayer.serve(db, port).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), http, 0);
        long deadline = System.currentTimeMillis() + START_LIMIT_MS;
        while (service.servedVersion(projectId) < 0) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                service.close();
                throw new IllegalStateException("query service did not come up; its log: " + logFile);
            }
            Thread.sleep(100);
        }
        return new ServiceProcess(process, service.base, http, (System.nanoTime() - start) / 1_000_000);
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** From process start to the project being listed. */
    public long startMs() {
        return startMs;
    }

    /** The latest ready snapshot version the service lists for the project, or -1 (not yet, or not up). */
    public long servedVersion(String projectId) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(BearerToken.apply(HttpRequest.newBuilder(
                    base.resolve("/v1/projects"))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            for (JsonNode project : JSON.readTree(response.body()).path("projects")) {
                if (projectId.equals(project.path("id").asText())) {
                    return project.path("snapshot").path("version").asLong(-1);
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Open file descriptors of the service on the database file and its WAL: its pooled connections. */
    public long databaseDescriptors(Path db) {
        Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).toString().startsWith(db.toString());
                } catch (IOException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
