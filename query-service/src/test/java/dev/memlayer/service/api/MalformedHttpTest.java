package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes an HTTP library would not send: invalid UTF-8, broken framing, a chunked body past the
 * limit, request URIs that are not valid URIs. Each still gets a 4xx with a JSON problem body, never a 500 or a bare Vert.x answer.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class MalformedHttpTest {

    @TestHTTPResource("/")
    URL root;

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("0xFF byte in task", bytes("{\"project\":\"billing\",\"task\":\"a", 0xff, "b\"}")),
                Arguments.of("truncated 3-byte sequence", bytes("{\"project\":\"billing\",\"task\":\"", 0xe2, 0x82,
                        "\"}")),
                Arguments.of("encoded surrogate", bytes("{\"project\":\"billing\",\"task\":\"", 0xed, 0xa0, 0x80,
                        "\"}")),
                Arguments.of("invalid byte in project", bytes("{\"project\":\"bill", 0xfe, "ing\",\"task\":\"x\"}")),
                Arguments.of("binary garbage", bytes("", 0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8_is400WithProblem(String name, byte[] body) {
        Problems.assertProblem(given().contentType("application/json").body(body).when().post("/v1/context"), 400,
                "malformed_json");
    }

    /**
     * Jackson decodes these rather than refusing them (a BOM-marked UTF-16 document, an overlong
     * two-byte form); the validator then sees the decoded text like any other, so they are answered.
     */
    @Test
    void leniently_decoded_bodies_areAnsweredNotFailed() {
        byte[] utf16 = "{\"project\":\"billing\",\"task\":\"invoice\"}".getBytes(StandardCharsets.UTF_16);
        byte[] overlong = bytes("{\"project\":\"billing\",\"task\":\"invoice", 0xc0, 0xaf, "\"}");
        for (byte[] body : new byte[][] {utf16, overlong}) {
            var r = given().contentType("application/json").body(body).when().post("/v1/context");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.jsonPath().getString("project.name")).isEqualTo("billing");
        }
    }

    /**
     * A chunked body has no length to check up front; it is counted while read (BodyLimitGuard) and
     * refused with a 413 problem once it passes 1 MiB, on every route that takes a body.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/context", "/v1/explore", "/v1/delta", "/mcp"})
    void chunkedBodyPastTheLimit_is413WithProblem(String path) throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            http.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
            String start = "{\"project\":\"billing\",\"task\":\"";
            http.send(Integer.toHexString(start.length()) + "\r\n" + start + "\r\n");
            String chunk = "x".repeat(64 * 1024);
            String framed = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n";
            try {
                for (int i = 0; i < 20; i++) {
                    http.send(framed);
                }
                http.send("0\r\n\r\n");
            } catch (java.io.IOException e) {
                // the server may close while we are still sending; its answer is already in the buffer
            }
            assertRawProblem(http.readResponse(10_000), 413, "body_too_large");
        }
    }

    /** A chunked body within the limit is read by the guard and handed on: answered as usual. */
    @ParameterizedTest(name = "Expect: 100-continue {0}")
    @ValueSource(booleans = {false, true})
    void chunkedBodyWithinTheLimit_isAnswered(boolean expectContinue) throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (expectContinue ? "Expect: 100-continue\r\n" : "") + "Connection: close\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String body = "{\"project\":\"billing\",\"task\":\"fix invoice rounding\"}";
            for (String part : new String[] {body.substring(0, 20), body.substring(20)}) {
                http.send(Integer.toHexString(part.length()) + "\r\n" + part + "\r\n");
            }
            String response = http.send("0\r\n\r\n").readUntilClosed(10_000).received();
            if (expectContinue) {
                assertThat(response).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200");
            } else {
                assertThat(response).startsWith("HTTP/1.1 200");
            }
            assertThat(response.split("HTTP/1.1 100", -1)).as("at most one 100 Continue").hasSizeLessThanOrEqualTo(2);
            assertThat(response).contains("\"name\":\"billing\"");
        }
    }

    /**
     * A URI that is not a valid URI (malformed percent escapes, characters that must be escaped) is
     * refused first of all (RequestUriGuard) with a 400 problem, on every route and for every method.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /v1/projects/%zz/symbols?q=a", "GET /v1/projects/x/files/%zz",
        "GET /v1/projects/billing/symbols?q=%zz", "GET /v1/projects/billing/files/README.md%", "GET /v1/projects%zz",
        "GET /v1/projects/billing/symbols?q=a|b", "GET /v1/projects/billing/files/[x]", "GET /v1/projects/{x}/symbols",
        "GET /v1/projects/billing/symbols?q=\"x\"", "GET /%zz", "GET /q/health/%zz", "GET /mcp/%zz",
        "POST /v1/context%zz", "POST /mcp?x=%g0", "DELETE /v1/%"})
    void invalidUri_is400WithProblem(String requestLine) throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            String body = "{\"project\":\"billing\",\"task\":\"x\"}";
            String response = http.send(requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).readResponse(10_000);
            assertRawProblem(response, 400, "invalid_uri");
        }
    }

    @Test
    void overlongEncodedDotsInPath_getJsonProblem() throws Exception {
        assertRawProblem("GET /v1/%c0%ae%c0%ae/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertRawProblem("GET /v1/projects/%2e%2e%2f%2e%2e%2fetc%2fpasswd/symbols HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    @Test
    void dotSegmentsInPath_neverReachAFile() throws Exception {
        assertRawProblem("GET /../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertRawProblem("GET /v1/../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    @Test
    void malformedContentLength_isRefused() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            String response = http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}").readUntilClosed(10_000).received();
            assertThat(response).doesNotStartWith("HTTP/1.1 2").doesNotStartWith("HTTP/1.1 5").doesNotContain("\tat ");
        }
    }

    private void assertRawProblem(String request) throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            String response = http.send(request).readResponse(10_000);
            assertThat(response).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
            assertThat(response).containsIgnoringCase("content-type: application/json").doesNotContain("root:x:0:0");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertThat(new JsonPath(body).getString("error")).isNotBlank();
        }
    }

    /** A raw response: the status, a JSON problem body with this error code and a detail, no stack trace. */
    private static void assertRawProblem(String response, int status, String error) {
        assertThat(response).startsWith("HTTP/1.1 " + status + " ");
        assertThat(response).containsIgnoringCase("content-type: application/json").doesNotContain("\tat ");
        JsonPath json = new JsonPath(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(json.getString("error")).as(response).isEqualTo(error);
        assertThat(json.getString("detail")).as(response).isNotBlank();
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }
}
