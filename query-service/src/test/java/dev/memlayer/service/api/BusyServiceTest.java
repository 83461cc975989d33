package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.context.PlanningSlots;
import dev.memlayer.service.support.BusyServiceProfile;
import dev.memlayer.service.support.HeldSlots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One planning slot, held by the test: a request waits 300 ms, then gets a 503 busy it may retry. */
@QuarkusTest
@TestProfile(BusyServiceProfile.class)
class BusyServiceTest {

    @Inject
    PlanningSlots slots;

    @ParameterizedTest
    @ValueSource(strings = {"/v1/context", "/v1/explore"})
    void slotHeldPastTheWait_answers503BusyWithRetryAfter_thenServesOnceFree(String path) throws Exception {
        Map<String, Object> body = path.endsWith("context")
                ? Map.of("project", "billing", "task", "fix rounding in InvoiceService")
                : Map.of("project", "billing");
        Response busy;
        try (HeldSlots held = HeldSlots.all(slots)) {
            busy = given().contentType(ContentType.JSON).body(body).when().post(path);
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.contentType()).startsWith("application/json");
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.jsonPath().getString("error")).isEqualTo("busy");
        assertThat(busy.jsonPath().getString("detail")).contains("every planning slot (1)", "300 ms");

        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200);
    }

    @Test
    void otherRefusals_carryNoRetryAfter() {
        Response unknown = given().contentType(ContentType.JSON)
                .body(Map.of("project", "no-such-project", "task", "anything")).when().post("/v1/context");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.header("Retry-After")).isNull();
    }
}
