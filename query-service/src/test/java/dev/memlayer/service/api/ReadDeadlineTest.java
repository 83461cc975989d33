package dev.memlayer.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body trickled in one byte every 200 ms never trips the idle timeout (30 s here; each byte is
 * activity), so only the request-read deadline (3 s in this profile) ends it: a 408 problem and
 * the connection closed. A slow but steady client within the deadline is answered as usual.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class ReadDeadlineTest {

    private static final long CLOSED_WITHIN_MS = 8_000;
    private static final String JSON = "{\"project\":\"billing\",\"task\":\"fix invoice rounding " + "x".repeat(200) + "\"}";

    @TestHTTPResource("/")
    URL root;

    static Stream<Arguments> trickledBodies() {
        String head = "POST %s HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\n";
        StringBuilder chunked = new StringBuilder();
        for (char c : JSON.toCharArray()) {
            chunked.append("1\r\n").append(c).append("\r\n");
        }
        String withLength = head + "Content-Length: " + JSON.length() + "\r\n\r\n";
        return Stream.of(
                Arguments.of("context, Content-Length", withLength.formatted("/v1/context"), JSON),
                Arguments.of("context, chunked", (head + "Transfer-Encoding: chunked\r\n\r\n").formatted("/v1/context"),
                        chunked + "0\r\n\r\n"),
                Arguments.of("explore", withLength.formatted("/v1/explore"), JSON),
                Arguments.of("MCP", withLength.formatted("/mcp"), JSON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickledBodies")
    void bodyTrickledByteByByte_is408AndClosed(String name, String head, String body) throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            http.send(head);
            Thread trickle = http.trickle(body, 200);
            try {
                RawHttp.Closed closed = http.readUntilClosed(CLOSED_WITHIN_MS);
                assertThat(closed.afterMillis()).isBetween(2_500L, CLOSED_WITHIN_MS);
                String response = closed.received();
                assertThat(response).startsWith("HTTP/1.1 408 ").containsIgnoringCase("content-type: application/json")
                        .contains("\"error\":\"request_timeout\"").doesNotContain("\tat ");
            } finally {
                trickle.interrupt();
            }
        }
    }

    /** Four parts 500 ms apart (2 s, within the 3 s deadline): answered with the context. */
    @Test
    void slowButSteadyBody_isAnswered() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + JSON.length() + "\r\n\r\n");
            int parts = 4;
            for (int part = 0; part < parts; part++) {
                Thread.sleep(500);
                http.send(JSON.substring(part * JSON.length() / parts, (part + 1) * JSON.length() / parts));
            }
            String response = http.readUntilClosed(CLOSED_WITHIN_MS).received();
            assertThat(response).startsWith("HTTP/1.1 200 ").contains("\"name\":\"billing\"");
        }
    }
}
