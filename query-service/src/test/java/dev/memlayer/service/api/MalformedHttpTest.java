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

/**
 * Bytes an HTTP library would not send: invalid UTF-8, broken framing, a chunked body past the
 * limit. Each still gets a 4xx with a JSON problem body, never a 500 or a bare Vert.x answer.
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
     * A chunked body has no length to check up front; Quarkus REST counts it while reading and
     * answers 413 itself, with an empty body and the connection closed (its answer never passes a
     * handler of ours, so it is not JSON). The status is the contract that holds here.
     */
    @Test
    void chunkedBodyPastTheLimit_is413() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
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
            String response = http.readResponse(10_000);
            assertThat(response).startsWith("HTTP/1.1 413").doesNotContain("\tat ");
        }
    }

    /**
     * A path that cannot be percent-decoded is refused by Vert.x before any route runs: a bare 400
     * with an empty body (no handler of ours can see it). Still a 4xx, never a 500.
     */
    @Test
    void undecodablePath_is400() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            String response = http.send("GET /v1/projects%zz HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse(10_000);
            assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("\tat ");
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
