package dev.memlayer.service.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class MetricsEndpointTest {

    private static final Map<String, Object> CONTEXT = Map.of("project", "billing",
            "task", "PaymentGateway declines cards after the retry", "budget_tokens", 2000);

    @Test
    void metrics_afterContextRequests_showLatencyHistogramForTheEndpoint() {
        postContext();
        String metrics = scrape();

        assertThat(metrics).contains("# TYPE http_server_requests_seconds histogram");
        assertThat(sample(metrics, "http_server_requests_seconds_bucket{", "uri=\"/v1/context\"", "le=\"+Inf\""))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(sample(metrics, "http_server_requests_seconds_count{", "uri=\"/v1/context\"", "status=\"200\""))
                .isPresent();
    }

    @Test
    void metrics_snapshotAge_isReportedPerProject() {
        String metrics = scrape();

        assertThat(metrics).contains("# TYPE memlayer_snapshot_age_seconds gauge");
        assertThat(sample(metrics, "memlayer_snapshot_age_seconds{", "project=\"billing\""))
                .hasValueSatisfying(age -> assertThat(age).isBetween(0.0, 3600.0));
    }

    @Test
    void metrics_repeatedRequest_countsContentCacheHits() {
        postContext();
        postContext();
        String metrics = scrape();

        assertThat(sample(metrics, "memlayer_cache_gets_total{", "cache=\"content\"", "result=\"hit\""))
                .hasValueSatisfying(hits -> assertThat(hits).isPositive());
        assertThat(sample(metrics, "memlayer_cache_gets_total{", "cache=\"content\"", "result=\"miss\""))
                .hasValueSatisfying(misses -> assertThat(misses).isPositive());
        assertThat(sample(metrics, "memlayer_cache_hit_ratio{", "cache=\"content\""))
                .hasValueSatisfying(ratio -> assertThat(ratio).isGreaterThan(0.0).isLessThan(1.0));
        for (String cache : new String[] {"calls", "versions"}) {
            assertThat(sample(metrics, "memlayer_cache_gets_total{", "cache=\"" + cache + "\"", "result=\"miss\""))
                    .as(cache).isPresent();
        }
    }

    @Test
    void metrics_areServedAsPrometheusText() {
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"));
    }

    private static void postContext() {
        given().contentType(ContentType.JSON).body(CONTEXT).when().post("/v1/context").then().statusCode(200);
    }

    private static String scrape() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample line starting with {@code prefix} that contains every label. */
    static Optional<Double> sample(String metrics, String prefix, String... labels) {
        return metrics.lines()
                .filter(l -> l.startsWith(prefix))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
