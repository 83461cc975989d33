package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.context.PlanningSlots;
import dev.memlayer.service.support.HeldSlots;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The planning slots sit on the request path of /v1/context and /v1/explore, over real HTTP. */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class PlanningSlotsHttpTest {

    @Inject
    PlanningSlots slots;

    private void assertWaitsForASlot(String path, Map<String, Object> body, String expectedInBody) throws Exception {
        CompletableFuture<Response> request;
        try (HeldSlots held = HeldSlots.all(slots)) {
            request = CompletableFuture.supplyAsync(() -> given()
                    .contentType(ContentType.JSON).body(body).when().post(path), held.threads());
            Thread.sleep(300);
            assertThat(request).as("answered while every planning slot was taken").isNotDone();
        }
        Response response = request.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains(expectedInBody);
    }

    @Test
    void context_everySlotTaken_waitsItsTurnThenAnswers() throws Exception {
        assertWaitsForASlot("/v1/context", Map.of("project", "billing", "task",
                "fix rounding in InvoiceService total when VAT is applied"), TestRepo.INVOICE_SERVICE);
    }

    @Test
    void explore_everySlotTaken_waitsItsTurnThenAnswers() throws Exception {
        assertWaitsForASlot("/v1/explore", Map.of("project", "billing"), "\"project\"");
    }

    @Test
    void context_badInput_isRefusedWithoutWaitingForASlot() throws Exception {
        try (HeldSlots held = HeldSlots.all(slots)) {
            given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", ""))
                    .when().post("/v1/context")
                    .then().statusCode(400);
        }
    }
}
