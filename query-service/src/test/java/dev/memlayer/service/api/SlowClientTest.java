package dev.memlayer.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.ShortTimeoutsProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Slowloris-style clients over a real socket: half a request line, headers that never end, a body
 * that stops. The profile sets the idle and read timeouts to 1 s; each connection must be closed
 * by the server within a few seconds, and a healthy client is still answered afterwards.
 */
@QuarkusTest
@TestProfile(ShortTimeoutsProfile.class)
class SlowClientTest {

    private static final long CLOSED_WITHIN_MS = 6_000;

    @TestHTTPResource("/")
    URL root;

    @Test
    void halfRequestLine_isCutOff() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            RawHttp.Closed closed = http.send("POST /v1/con").readUntilClosed(CLOSED_WITHIN_MS);
            assertThat(closed.afterMillis()).isLessThan(CLOSED_WITHIN_MS);
        }
    }

    @Test
    void headersThatNeverEnd_areCutOff() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            RawHttp.Closed closed = http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\n").readUntilClosed(CLOSED_WITHIN_MS);
            assertThat(closed.afterMillis()).isLessThan(CLOSED_WITHIN_MS);
        }
    }

    @Test
    void bodyThatStops_isCutOff() throws Exception {
        try (RawHttp http = new RawHttp(root.getPort())) {
            RawHttp.Closed closed = http.send("POST /v1/context HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"project\":\"billing\",")
                    .readUntilClosed(CLOSED_WITHIN_MS);
            assertThat(closed.afterMillis()).isLessThan(CLOSED_WITHIN_MS);
            assertThat(closed.received()).doesNotContain("\tat ").doesNotStartWith("HTTP/1.1 2");
        }
    }

    /**
     * The first requests of a fresh boot can take longer than the 1 s idle timeout on a busy machine
     * (and are then cut, as they should be); warm up so the next one is answered in time.
     */
    private void warmUp() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (RawHttp http = new RawHttp(root.getPort())) {
                String r = http.send("GET /v1/projects HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .readResponse(5_000);
                if (r.startsWith("HTTP/1.1")) {
                    return;
                }
            }
        }
    }

    @Test
    void idleKeepAliveConnection_isClosed() throws Exception {
        warmUp();
        try (RawHttp http = new RawHttp(root.getPort())) {
            String first = http.send("GET /v1/projects HTTP/1.1\r\nHost: localhost\r\n" + "\r\n")
                    .readResponse(5_000);
            assertThat(first).startsWith("HTTP/1.1 503").contains("database_missing");
            RawHttp.Closed closed = http.readUntilClosed(CLOSED_WITHIN_MS);
            assertThat(closed.received()).isEmpty();
        }
    }

    @Test
    void afterSlowClients_aNormalRequestIsAnswered() throws Exception {
        halfRequestLine_isCutOff();
        warmUp();
        try (RawHttp http = new RawHttp(root.getPort())) {
            String response = http.send("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").readResponse(5_000);
            assertThat(response).startsWith("HTTP/1.1 503").contains("\"status\":\"unavailable\"");
        }
    }
}
