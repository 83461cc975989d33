package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and careless input over real HTTP: every case gets the named 4xx and a JSON
 * {@code {"error","detail"}} body without a stack trace. The table is the list of bad inputs tried.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class HostileInputTest {

    private static final String OK = "\"project\":\"billing\",\"task\":\"fix invoice rounding\"";

    static Stream<Arguments> contextBodies() {
        return Stream.of(
                // malformed JSON
                bad("truncated object", "{\"project\":\"billing\",\"task\":", 400, "malformed_json"),
                bad("lone brace", "{", 400, "malformed_json"),
                bad("trailing garbage", "{" + OK + "} trailing", 400, "malformed_json"),
                bad("single quotes", "{'project':'billing','task':'x'}", 400, "malformed_json"),
                bad("bare word", "nul", 400, "malformed_json"),
                bad("empty body", "", 400, "malformed_json"),
                bad("whitespace body", "   \n ", 400, "malformed_json"),
                bad("json null", "null", 400, "malformed_json"),
                // deeply nested JSON
                bad("deep array in unknown field", "{" + OK + ",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                        400, "too_deep"),
                bad("deep array as task", "{\"project\":\"billing\",\"task\":" + "[".repeat(5000) + "]".repeat(5000)
                        + "}", 400, "invalid_field"),
                bad("deep objects at top", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), 400, "too_deep"),
                bad("deep arrays at top", "[".repeat(3000) + "]".repeat(3000), 400, "invalid_field"),
                // wrong types
                bad("top-level array", "[1,2,3]", 400, "invalid_field"),
                bad("top-level string", "\"billing\"", 400, "invalid_field"),
                bad("top-level number", "42", 400, "invalid_field"),
                bad("task is an object", "{\"project\":\"billing\",\"task\":{}}", 400, "invalid_field"),
                bad("task is an array", "{\"project\":\"billing\",\"task\":[\"a\"]}", 400, "invalid_field"),
                bad("project is an object", "{\"project\":{\"name\":\"billing\"},\"task\":\"x\"}", 400,
                        "invalid_field"),
                bad("budget is a word", "{" + OK + ",\"budget_tokens\":\"lots\"}", 400, "invalid_field"),
                bad("budget is an object", "{" + OK + ",\"budget_tokens\":{}}", 400, "invalid_field"),
                bad("budget overflows int", "{" + OK + ",\"budget_tokens\":2147483648}", 400, "invalid_field"),
                bad("budget is 1e30", "{" + OK + ",\"budget_tokens\":1e30}", 400, "invalid_field"),
                bad("budget is a bool", "{" + OK + ",\"budget_tokens\":true}", 400, "invalid_field"),
                bad("pinned is a string", "{" + OK + ",\"pinned\":\"src/A.java\"}", 400, "invalid_field"),
                bad("pinned has an object", "{" + OK + ",\"pinned\":[{}]}", 400, "invalid_field"),
                bad("pinned has a null", "{" + OK + ",\"pinned\":[null]}", 400, "invalid_field"),
                bad("exclude has a null", "{" + OK + ",\"exclude\":[\"*.md\",null]}", 400, "invalid_field"),
                bad("snapshot is an object", "{" + OK + ",\"snapshot\":{}}", 400, "invalid_field"),
                bad("intent is an array", "{" + OK + ",\"intent\":[\"bugfix\"]}", 400, "invalid_field"),
                // unknown fields are refused, naming the field (a typo must not silently fall back to a default)
                bad("unknown field budget", "{" + OK + ",\"budget\":100}", 400, "unknown_field"),
                bad("unknown field in camelCase", "{" + OK + ",\"budgetTokens\":100}", 400, "unknown_field"),
                // raw control characters and invalid UTF-8
                bad("raw NUL inside a string", "{\"project\":\"billing\",\"task\":\"a\u0000b\"}", 400,
                        "malformed_json"),
                bad("raw newline inside a string", "{\"project\":\"billing\",\"task\":\"a\nb\"}", 400,
                        "malformed_json"),
                // unknown project and path traversal in project
                bad("unknown project", "{\"project\":\"nope\",\"task\":\"x\"}", 404, "unknown_project"),
                bad("project traversal", "{\"project\":\"../../etc/passwd\",\"task\":\"x\"}", 404, "unknown_project"),
                bad("project absolute path", "{\"project\":\"/etc\",\"task\":\"x\"}", 404, "unknown_project"),
                bad("project with NUL", "{\"project\":\"billing\\u0000\",\"task\":\"x\"}", 404, "unknown_project"),
                bad("project lone surrogate", "{\"project\":\"\\ud800\",\"task\":\"x\"}", 404, "unknown_project"),
                // path traversal in pinned, exclude, snapshot
                bad("pinned parent traversal", "{" + OK + ",\"pinned\":[\"../../etc/passwd\"]}", 400, "invalid_path"),
                bad("pinned inner traversal", "{" + OK + ",\"pinned\":[\"src/../../etc/passwd\"]}", 400,
                        "invalid_path"),
                bad("pinned backslash traversal", "{" + OK + ",\"pinned\":[\"..\\\\..\\\\etc\\\\passwd\"]}", 400,
                        "invalid_path"),
                bad("pinned with NUL", "{" + OK + ",\"pinned\":[\"README.md\\u0000.txt\"]}", 400, "invalid_path"),
                bad("pinned too long", "{" + OK + ",\"pinned\":[\"" + "a/".repeat(3000) + "\"]}", 400, "invalid_path"),
                bad("exclude traversal", "{" + OK + ",\"exclude\":[\"../**\"]}", 400, "invalid_path"),
                bad("snapshot traversal", "{" + OK + ",\"snapshot\":\"../1\"}", 400, "invalid_snapshot"),
                bad("snapshot path", "{" + OK + ",\"snapshot\":\"/etc/passwd\"}", 400, "invalid_snapshot"),
                bad("snapshot negative", "{" + OK + ",\"snapshot\":-1}", 400, "invalid_snapshot"),
                bad("snapshot zero", "{" + OK + ",\"snapshot\":0}", 400, "invalid_snapshot"),
                bad("snapshot huge number", "{" + OK + ",\"snapshot\":99999999999999999999999}", 404,
                        "unknown_snapshot"),
                bad("snapshot 7-digit number reads as a commit prefix", "{" + OK + ",\"snapshot\":1234567}", 404,
                        "unknown_snapshot"),
                bad("snapshot unknown commit", "{" + OK + ",\"snapshot\":\"deadbeefdeadbeef\"}", 404,
                        "unknown_snapshot"),
                // budgets
                bad("budget negative", "{" + OK + ",\"budget_tokens\":-1}", 400, "budget_out_of_range"),
                bad("budget zero", "{" + OK + ",\"budget_tokens\":0}", 400, "budget_out_of_range"),
                bad("budget below minimum", "{" + OK + ",\"budget_tokens\":63}", 400, "budget_out_of_range"),
                bad("budget above maximum", "{" + OK + ",\"budget_tokens\":200001}", 400, "budget_out_of_range"),
                bad("budget int max", "{" + OK + ",\"budget_tokens\":2147483647}", 400, "budget_out_of_range"),
                // huge task text
                bad("task over the limit", "{\"project\":\"billing\",\"task\":\"" + "x".repeat(20_001) + "\"}", 413,
                        "task_too_long"),
                // other fields
                bad("intent unknown", "{" + OK + ",\"intent\":\"party\"}", 400, "unknown_intent"),
                bad("format unknown", "{" + OK + ",\"format\":\"yaml\"}", 400, "unknown_format"),
                bad("too many pinned", "{" + OK + ",\"pinned\":[" + "\"a\",".repeat(300) + "\"a\"]}", 400,
                        "too_many_paths"));
    }

    static Stream<Arguments> otherRequests() {
        return Stream.of(
                Arguments.of("GET /v1/context", "GET", "/v1/context", null, null, 405, "method_not_allowed"),
                Arguments.of("DELETE /v1/projects", "DELETE", "/v1/projects", null, null, 405, "method_not_allowed"),
                Arguments.of("PUT /v1/health", "PUT", "/v1/health", "application/json", "{}", 405,
                        "method_not_allowed"),
                Arguments.of("text/plain body", "POST", "/v1/context", "text/plain", "hello", 415,
                        "unsupported_media_type"),
                Arguments.of("xml body", "POST", "/v1/context", "application/xml", "<a/>", 415,
                        "unsupported_media_type"),
                Arguments.of("form body", "POST", "/v1/context", "application/x-www-form-urlencoded", "project=billing",
                        415, "unsupported_media_type"),
                Arguments.of("unknown /v1 route", "GET", "/v1/nothing-here", null, null, 404, "not_found"),
                Arguments.of("unknown sub-route", "POST", "/v1/context/extra", "application/json", "{}", 404,
                        "not_found"),
                Arguments.of("root", "GET", "/", null, null, 404, "not_found"),
                Arguments.of("unknown top route", "GET", "/etc/passwd", null, null, 404, "not_found"),
                Arguments.of("encoded traversal", "GET", "/v1/%2e%2e/%2e%2e/etc/passwd", null, null, 404,
                        "not_found"),
                // the symbol-search route exists: the decoded name '../../etc' is just an unknown project
                Arguments.of("traversal as project of symbols", "GET", "/v1/projects/..%2F..%2Fetc/symbols?q=x", null,
                        null, 404, "unknown_project"),
                Arguments.of("traversal as project of a file", "GET", "/v1/projects/..%2F..%2Fetc/files/passwd", null,
                        null, 404, "unknown_project"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRequests")
    void badMethodRouteOrMediaType_getsTheNamedProblem(String name, String method, String path, String type,
            String body, int status, String error) {
        var spec = given().urlEncodingEnabled(false);
        if (type != null) {
            spec = spec.contentType(type).body(body);
        }
        Problems.assertProblem(spec.when().request(method, path), status, error);
    }

    @ParameterizedTest(name = "Accept {0}")
    @ValueSource(strings = {"application/xml", "image/png"})
    void unacceptableAccept_is406(String accept) {
        Response r = given().contentType("application/json").accept(accept)
                .body("{" + OK + "}").when().post("/v1/context");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.contentType()).startsWith("application/json");
    }

    @ParameterizedTest(name = "task with {0}")
    @MethodSource("oddTasks")
    void oddButWellFormedTask_isAnsweredWithinBudget(String name, String task) {
        String body = "{\"project\":\"billing\",\"budget_tokens\":300,\"task\":" + task + "}";
        Response r = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/context");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.jsonPath().getInt("budget.used")).isLessThanOrEqualTo(300);
    }

    /** Tasks as JSON string literals: what agents paste from terminals, logs and other languages. */
    static Stream<Arguments> oddTasks() {
        return Stream.of(
                Arguments.of("escaped NUL", "\"fix \\u0000 invoice\""),
                Arguments.of("ANSI colour codes", "\"\\u001b[31mERROR\\u001b[0m InvoiceService failed\""),
                Arguments.of("all C0 controls", "\"" + java.util.stream.IntStream.range(0, 32)
                        .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat) + " invoice\""),
                Arguments.of("lone high surrogate", "\"invoice \\ud800 rounding\""),
                Arguments.of("lone low surrogate", "\"\\udc00invoice\""),
                Arguments.of("emoji and CJK", "\"发票 rounding 💸 InvoiceService\""),
                Arguments.of("RTL override and zero-width", "\"\\u202eecivni\\u200b\\ufeff TaxCalculator\""),
                Arguments.of("CRLF stack trace", "\"java.lang.NullPointerException\\r\\n\\tat com.acme.billing"
                        + ".InvoiceService.total(InvoiceService.java:21)\""),
                Arguments.of("only punctuation", "\"!!! ??? ... ;;;\""),
                Arguments.of("markdown fences", "\"```\\n<!-- memlayer:context -->\\n```\""),
                Arguments.of("regex and glob metacharacters", "\"(.*)+[^a]{2,} **/*.java $1 \\\\d\""),
                Arguments.of("SQL and FTS syntax", "\"invoice\\\" OR 1=1; DROP TABLE files; -- NEAR(a b) * ^\""),
                Arguments.of("a number coerced to text", "12345"),
                Arguments.of("20 000 wide characters", "\"" + "発".repeat(20_000) + "\""));
    }

    /** Bodies of the wrong JSON type, and the detail that names the field and what it must be. */
    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("[1,2,3]", "the request body must be a JSON object"),
                Arguments.of("{\"project\":\"billing\",\"task\":{}}", "'task' must be a string"),
                Arguments.of("{" + OK + ",\"budget_tokens\":\"lots\"}", "'budget_tokens' must be a whole number"),
                Arguments.of("{" + OK + ",\"pinned\":\"src/A.java\"}", "'pinned' must be an array"),
                Arguments.of("{" + OK + ",\"exclude\":[\"*.md\",[\"x\"]]}", "'exclude' must hold strings only"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void wrongType_saysWhatTheFieldMustBe_inJsonWords(String body, String detail) {
        Response r = given().contentType("application/json").body(body).when().post("/v1/context");
        Problems.assertProblem(r, 400, "invalid_field");
        assertThat(r.jsonPath().getString("detail")).isEqualTo(detail);
    }

    private static Arguments bad(String name, String body, int status, String error) {
        return Arguments.of(name, body, status, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contextBodies")
    void badContextBody_getsTheNamedProblem(String name, String body, int status, String error) {
        Response r = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/context");
        Problems.assertProblem(r, status, error);
    }
}
