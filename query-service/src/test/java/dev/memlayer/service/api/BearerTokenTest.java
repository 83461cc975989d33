package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.GuardedServiceProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With {@code memlayer.token} set, nothing but the liveness probe answers without the token. */
@QuarkusTest
@TestProfile(GuardedServiceProfile.class)
class BearerTokenTest {

    private static final String TOKEN = GuardedServiceProfile.TOKEN;
    private static final String BODY = "{\"project\":\"billing\",\"task\":\"fix invoice rounding\"}";

    @TestHTTPResource("/")
    URL root;

    /** A fresh connection per call: a 401 closes the connection, a pooled one would be stale. */
    private static RequestSpecification fresh() {
        return given().header("Connection", "close");
    }

    private static Response call(String method, String path, String authorization) {
        var spec = fresh().urlEncodingEnabled(false);
        if (authorization != null) {
            spec = spec.header("Authorization", authorization);
        }
        if (method.equals("POST")) {
            spec = spec.contentType("application/json").body(BODY);
        }
        return spec.when().request(method, path);
    }

    private static void assertUnauthorized(Response r) {
        Problems.assertProblem(r, 401, "unauthorized");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /v1/projects", "GET /v1/health", "POST /v1/context", "POST /v1/explore",
            "GET /v1/projects/billing/symbols?q=Invoice", "GET /mcp", "POST /mcp", "GET /mcp/sse", "GET /v1/unknown",
            "GET /q/openapi", "GET /"})
    void noToken_is401WithProblemAndChallenge(String call) {
        String[] parts = call.split(" ");
        assertUnauthorized(call(parts[0], parts[1], null));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer wrong", "Bearer " + TOKEN + "x", "Bearer s3cret", "Bearer ", "Basic " + TOKEN,
            TOKEN, "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void wrongToken_is401(String authorization) {
        assertUnauthorized(call("POST", "/v1/context", authorization));
        assertUnauthorized(call("GET", "/v1/projects", authorization));
    }

    @Test
    void rightToken_isAnswered() {
        Response context = call("POST", "/v1/context", "Bearer " + TOKEN);
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(context.jsonPath().getString("project.name")).isEqualTo("billing");
        assertThat(call("GET", "/v1/projects", "bearer " + TOKEN).statusCode()).as("scheme is case-insensitive")
                .isEqualTo(200);
        assertThat(call("GET", "/v1/health", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void rightToken_stillGetsProblemsForBadInput() {
        Response r = fresh().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body("{\"project\":\"nope\",\"task\":\"x\"}").when().post("/v1/context");
        Problems.assertProblem(r, 404, "unknown_project");
    }

    @Test
    void healthProbe_needsNoToken() {
        assertThat(call("GET", "/q/health", null).statusCode()).isNotEqualTo(401);
        assertThat(call("GET", "/q/health/live", null).statusCode()).isNotEqualTo(401);
    }

    @Test
    void dotSegmentsThroughTheOpenPath_doNotBypassTheToken() throws Exception {
        for (String path : new String[] {"/q/health/../../v1/projects", "/q/health/%2e%2e/%2e%2e/v1/projects",
                "//v1/projects", "/q/health/..%2f..%2fv1/projects"}) {
            try (RawHttp http = new RawHttp(root.getPort())) {
                String response = http.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse(5000);
                assertThat(response).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("\"projects\"");
            }
        }
    }
}
