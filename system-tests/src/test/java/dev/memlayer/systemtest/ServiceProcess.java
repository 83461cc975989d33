package dev.memlayer.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged query service on a spare loopback port, reading one database. */
final class ServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ServiceProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts the service and waits until {@code /v1/health} answers 200. */
    static ServiceProcess start(Path db, Path logs) throws IOException, InterruptedException {
        int port = Apps.freePort();
        Files.createDirectories(logs);
        Path log = logs.resolve("service-" + port + ".log");
        ProcessBuilder pb = new ProcessBuilder(Apps.command(Apps.serviceJar(),
                List.of("-XX:+UseSerialGC", "-Xmx384m"), List.of()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("MEMLAYER_DB", db.toString());
        pb.environment().put("MEMLAYER_PORT", Integer.toString(port));
        ServiceProcess service = new ServiceProcess(pb.start(), log, URI.create("http://127.0.0.1:" + port));
        service.awaitHealthy(Duration.ofSeconds(90));
        return service;
    }

    private void awaitHealthy(Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/v1/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the service was not healthy within " + within.toSeconds() + " s: " + log());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postContext(String project, String task, int budget) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("project", project).put("task", task).put("budget_tokens", budget)
                .toString();
        return http.send(HttpRequest.newBuilder(base.resolve("/v1/context")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The version {@code /v1/projects} serves for the one project, or 0 when none is served. */
    long servedVersion() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/v1/projects");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/v1/projects answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode projects = JSON.readTree(r.body()).path("projects");
        return projects.isEmpty() ? 0 : projects.get(0).path("snapshot").path("version").asLong();
    }

    /** Polls until the served version is at least {@code version}; returns the last one seen. */
    long awaitServed(long version, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long served = servedVersion();
        while (served < version && System.nanoTime() < deadline) {
            Thread.sleep(50);
            served = servedVersion();
        }
        return served;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(15, TimeUnit.SECONDS);
        }
    }
}
