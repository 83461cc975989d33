package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class BadRequestsTest {

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/context").then();
    }

    private static void problem(ValidatableResponse r, int status, String error) {
        r.statusCode(status).contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("detail", notNullValue())
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJson_is400WithProblemBody() {
        problem(post("{\"project\": \"billing\", \"task\": "), 400, "malformed_json");
    }

    @Test
    void notAnObject_is400() {
        problem(post("[1,2,3]"), 400, "invalid_field");
    }

    @Test
    void wrongFieldType_is400() {
        problem(post("{\"project\":\"billing\",\"task\":\"x\",\"budget_tokens\":\"lots\"}"), 400, "invalid_field");
    }

    @Test
    void emptyBody_is400() {
        problem(post(""), 400, "malformed_json");
    }

    @Test
    void unknownProject_is404() {
        problem(post(Map.of("project", "nope", "task", "invoice")), 404, "unknown_project");
    }

    @Test
    void missingProject_is400() {
        problem(post(Map.of("task", "invoice")), 400, "missing_project");
    }

    @Test
    void emptyTask_is400() {
        problem(post(Map.of("project", "billing", "task", "   ")), 400, "missing_task");
        problem(post(Map.of("project", "billing")), 400, "missing_task");
    }

    @Test
    void taskTooLong_is413() {
        problem(post(Map.of("project", "billing", "task", "x".repeat(20_001))), 413, "task_too_long");
    }

    @Test
    void budgetOutOfRange_is400() {
        problem(post(Map.of("project", "billing", "task", "invoice", "budget_tokens", 63)), 400, "budget_out_of_range");
        problem(post(Map.of("project", "billing", "task", "invoice", "budget_tokens", 200_001)), 400,
                "budget_out_of_range");
        problem(post(Map.of("project", "billing", "task", "invoice", "budget_tokens", -5)), 400, "budget_out_of_range");
    }

    @Test
    void unknownIntent_is400() {
        problem(post(Map.of("project", "billing", "task", "invoice", "intent", "party")), 400, "unknown_intent");
    }

    @Test
    void unknownFormat_is400() {
        problem(post(Map.of("project", "billing", "task", "invoice", "format", "yaml")), 400, "unknown_format");
    }

    @Test
    void unknownSnapshotVersion_is404() {
        problem(post(Map.of("project", "billing", "task", "invoice", "snapshot", 9999)), 404, "unknown_snapshot");
    }

    @Test
    void oversizedBody_is413WithJsonBody() {
        String huge = "{\"project\":\"billing\",\"task\":\"" + "y".repeat(1_200_000) + "\"}";
        problem(post(huge), 413, "body_too_large");
    }

    @Test
    void wrongMediaType_is415WithProblemBody() {
        given().contentType(ContentType.TEXT).body("hello").when().post("/v1/context")
                .then().statusCode(415).contentType(ContentType.JSON).body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void unknownPath_is404WithProblemBody() {
        given().when().get("/v1/nothing-here").then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("not_found"));
    }
}
