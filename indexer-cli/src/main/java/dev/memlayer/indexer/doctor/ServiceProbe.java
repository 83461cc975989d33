package dev.memlayer.indexer.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.schema.SchemaVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Asks the query service's {@code GET /v1/health}, with short timeouts: a doctor must not hang. */
final class ServiceProbe {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    static final String START = "scripts/memlayer-serve";

    private final ObjectMapper json;

    ServiceProbe(ObjectMapper json) {
        this.json = json;
    }

    Finding probe(String baseUrl, Path db) {
        String url = baseUrl.replaceAll("/+$", "") + "/v1/health";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            return Finding.warn("service", "not reachable at " + url + " (" + e.getClass().getSimpleName() + ")",
                    "MEMLAYER_DB=" + db + " " + START);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Finding.warn("service", "interrupted while asking " + url, START);
        }
        return judge(url, response.statusCode(), response.body(), db);
    }

    private Finding judge(String url, int status, String body, Path db) {
        JsonNode health;
        try {
            health = json.readTree(body);
        } catch (IOException e) {
            return Finding.warn("service", url + " answered " + status + " without a health body; is it memlayer?",
                    START);
        }
        String serviceDb = health.path("db").asText("");
        if (status != 200) {
            return Finding.warn("service", url + " answered " + status + ": " + health.path("detail").asText(
                    health.path("error").asText("unavailable")), "memlayer index PATH");
        }
        if (health.path("schema_version").asInt() != SchemaVersion.CURRENT) {
            return Finding.warn("service", "the service reads schema " + health.path("schema_version").asInt()
                    + ", this memlayer writes " + SchemaVersion.CURRENT + "; restart it from the same build",
                    START);
        }
        if (!serviceDb.isEmpty() && !Path.of(serviceDb).toAbsolutePath().normalize().equals(db)) {
            return Finding.warn("service", "the service at " + url + " reads " + serviceDb + ", not " + db,
                    "MEMLAYER_DB=" + db + " " + START);
        }
        return Finding.ok("service", "healthy at " + url + " (schema " + SchemaVersion.CURRENT + ")");
    }
}
