package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.context.PlanningSlots;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The planning slots sit on the request path of /v1/context and /v1/explore, over real HTTP. */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class PlanningSlotsHttpTest {

    @Inject
    PlanningSlots slots;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Takes every slot on threads of its own until {@code release} counts down. */
    private List<CompletableFuture<Void>> holdEverySlot(CountDownLatch release) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(slots.capacity());
        List<CompletableFuture<Void>> holders = new ArrayList<>();
        for (int i = 0; i < slots.capacity(); i++) {
            holders.add(CompletableFuture.runAsync(() -> slots.run(() -> {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), threads));
        }
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        return holders;
    }

    private void assertWaitsForASlot(String path, Map<String, Object> body, String expectedInBody) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Void>> holders = holdEverySlot(release);
        CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> given()
                .contentType(ContentType.JSON).body(body).when().post(path), threads);

        Thread.sleep(300);
        assertThat(request).as("answered while every planning slot was taken").isNotDone();

        release.countDown();
        Response response = request.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains(expectedInBody);
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
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
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Void>> holders = holdEverySlot(release);
        try {
            given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", ""))
                    .when().post("/v1/context")
                    .then().statusCode(400);
        } finally {
            release.countDown();
        }
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }
}
