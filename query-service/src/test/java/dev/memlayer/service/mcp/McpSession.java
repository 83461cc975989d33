package dev.memlayer.service.mcp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal MCP client over streamable HTTP, as an agent speaks it: JSON-RPC 2.0 posted to
 * {@code /mcp} with {@code Accept: application/json, text/event-stream}; {@code initialize} opens a
 * session whose {@code Mcp-Session-Id} every later message carries. A reply may come as plain JSON
 * or as one server-sent event; both are read.
 */
final class McpSession {

    static final String PATH = "/mcp";
    static final String PROTOCOL_VERSION = "2025-06-18";
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private final String sessionId;
    private int nextId = 2;

    private McpSession(String sessionId) {
        this.sessionId = sessionId;
    }

    /** {@code initialize}, then {@code notifications/initialized}; returns the session and the server's result. */
    static Opened open() {
        Response init = post(null, Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params", Map.of(
                "protocolVersion", PROTOCOL_VERSION,
                "capabilities", Map.of(),
                "clientInfo", Map.of("name", "memlayer-test", "version", "1"))));
        assertThat(init.statusCode()).isEqualTo(200);
        String sessionId = init.header(SESSION_HEADER);
        assertThat(sessionId).as("initialize must open a session").isNotBlank();
        JsonPath result = reply(init);
        Response initialized = post(sessionId, Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
        assertThat(initialized.statusCode()).as("a notification is accepted without a reply").isEqualTo(202);
        return new Opened(new McpSession(sessionId), result);
    }

    record Opened(McpSession session, JsonPath initializeReply) {
    }

    /** One request in this session; the JSON-RPC reply (with {@code result} or {@code error}). */
    JsonPath request(String method, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("id", nextId++);
        body.put("method", method);
        body.put("params", params);
        Response r = post(sessionId, body);
        assertThat(r.statusCode()).isEqualTo(200);
        return reply(r);
    }

    /** {@code tools/call}; the reply's {@code result} holds {@code content} and {@code isError}. */
    JsonPath callTool(String name, Map<String, Object> arguments) {
        return request("tools/call", Map.of("name", name, "arguments", arguments));
    }

    void close() {
        given().header(SESSION_HEADER, sessionId).when().delete(PATH);
    }

    private static Response post(String sessionId, Object body) {
        var spec = given().contentType("application/json")
                .accept("application/json, text/event-stream")
                .header("MCP-Protocol-Version", PROTOCOL_VERSION);
        if (sessionId != null) {
            spec = spec.header(SESSION_HEADER, sessionId);
        }
        return spec.body(body).when().post(PATH);
    }

    private static JsonPath reply(Response r) {
        String body = r.asString();
        String contentType = r.contentType() == null ? "" : r.contentType();
        if (contentType.startsWith("text/event-stream")) {
            body = body.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip())
                    .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no data in the event stream: " + r.asString()));
        } else {
            assertThat(contentType).startsWith("application/json");
        }
        JsonPath json = new JsonPath(body);
        assertThat(json.getString("jsonrpc")).isEqualTo("2.0");
        return json;
    }
}
