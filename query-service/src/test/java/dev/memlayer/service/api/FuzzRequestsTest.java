package dev.memlayer.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style: a few hundred random requests ({@link RandomRequests}) against the running service.
 * Whatever is sent: the status is below 500, the body is JSON (or Markdown when asked for), an
 * error has {@code error} and {@code detail}, and a 200 context answer has its shape and a
 * rendered context within the budget under the service's own estimator. The seed is printed and
 * can be replayed with {@code -Dfuzz.seed=N}; {@code -Dfuzz.tries=N} runs longer.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class FuzzRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Inject
    TokenEstimator tokens;

    @Test
    void randomRequests_neverFailTheServer_andAnswersKeepTheirContract() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("fuzz.tries", 300);
        System.out.println("FuzzRequestsTest seed=" + seed + " tries=" + tries);
        RandomRequests requests = new RandomRequests(seed);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            RandomRequests.Request r = requests.next();
            String where = "seed " + seed + ", request " + i + ": " + r.describe();
            HttpResponse<String> response = client.send(build(r), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            check(r, response, where);
        }
        System.out.println("FuzzRequestsTest statuses " + statuses);
        assertThat(statuses.getOrDefault(200, 0)).as("some requests must be answered: " + statuses).isPositive();
        assertThat(statuses.keySet().stream().filter(s -> s >= 400).count()).as("and some refused").isPositive();
    }

    private HttpRequest build(RandomRequests.Request r) {
        String base = root.toString().replaceAll("/$", "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(30));
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        return b.method(r.method(), body).build();
    }

    private void check(RandomRequests.Request r, HttpResponse<String> response, String where) throws Exception {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        assertThat(status).as(where + " -> " + clip(body)).isLessThan(500).isGreaterThanOrEqualTo(200);
        assertThat(body).as(where).doesNotContain("\tat ");
        if (status == 200 && type.startsWith("text/markdown")) {
            assertThat(body).as(where).contains("memlayer:context");
            return;
        }
        assertThat(type).as(where + " -> " + clip(body)).startsWith("application/json");
        JsonNode json = JSON.readTree(body);
        if (status >= 400) {
            assertThat(json.path("error").asText()).as(where + " -> " + body).isNotBlank();
            assertThat(json.path("detail").asText()).as(where + " -> " + body).isNotBlank();
        } else if (r.path().equals("/v1/context") && r.method().equals("POST")) {
            checkContext(r, json, where);
        }
    }

    private void checkContext(RandomRequests.Request r, JsonNode json, String where) {
        for (String field : new String[] {"project", "snapshot", "intent", "files", "omitted", "budget", "context",
            "timings_ms"}) {
            assertThat(json.has(field)).as(where + " lacks " + field).isTrue();
        }
        int limit = json.path("budget").path("limit").asInt();
        int used = json.path("budget").path("used").asInt();
        if (r.budget() != null) {
            assertThat(limit).as(where).isEqualTo(r.budget());
        }
        assertThat(used).as(where).isLessThanOrEqualTo(limit);
        assertThat(tokens.count(json.path("context").asText())).as(where).isLessThanOrEqualTo(limit);
        // files and ranked omitted files share one numbering: together they are 1..n, each list ascending
        List<Integer> places = new ArrayList<>();
        int previous = 0;
        for (JsonNode file : json.path("files")) {
            assertThat(file.path("rank").asInt()).as(where).isGreaterThan(previous);
            previous = file.path("rank").asInt();
            places.add(previous);
            assertThat(file.path("path").asText()).as(where).isNotBlank().doesNotStartWith("/").doesNotContain("..");
        }
        previous = 0;
        for (JsonNode left : json.path("omitted")) {
            if (UNRANKED.contains(left.path("why").asText())) {
                assertThat(left.path("rank").asInt()).as(where).isZero();
            } else {
                assertThat(left.path("rank").asInt()).as(where).isGreaterThan(previous);
                previous = left.path("rank").asInt();
                places.add(previous);
            }
        }
        Collections.sort(places);
        for (int i = 0; i < places.size(); i++) {
            assertThat(places.get(i)).as(where).isEqualTo(i + 1);
        }
    }

    /** Omitted files the ranking never placed: excluded by the request's globs, or pinned but not in the snapshot. */
    private static final Set<String> UNRANKED = Set.of("excluded", "not_found");

    private static String clip(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
