package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexedRepo;
import dev.memlayer.service.support.InjectIndexedRepo;
import dev.memlayer.service.support.MissingDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MissingDatabaseProfile.class)
class MissingDatabaseTest {

    @InjectIndexedRepo
    IndexedRepo indexed;

    @Test
    void startsWithoutDatabase_reports503_thenServesOnceIndexed() throws InterruptedException {
        assertThat(Files.exists(indexed.db())).isFalse();
        String db = indexed.db().toString();
        given().when().get("/v1/health").then().statusCode(503).contentType(ContentType.JSON)
                .body("status", equalTo("unavailable"))
                .body("error", equalTo("database_missing"))
                .body("db", equalTo(db))
                .body("detail", containsString(db))
                .body("detail", containsString("memlayer index"));
        given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", "invoice"))
                .when().post("/v1/context").then().statusCode(503).body("error", equalTo("database_missing"));
        given().when().get("/v1/projects").then().statusCode(503).body("error", equalTo("database_missing"));
        given().when().get("/q/health/ready").then().statusCode(503).contentType(ContentType.JSON)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'memlayer-snapshot-catalog' }.data.reason", equalTo("missing"))
                .body("checks.find { it.name == 'memlayer-snapshot-catalog' }.data.detail", containsString("memlayer index"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        IndexResult result = indexed.index();

        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && (status = given().get("/v1/health").statusCode()) != 200) {
            Thread.sleep(50);
        }
        assertThat(status).isEqualTo(200);
        given().when().get("/v1/health").then().body("status", equalTo("ok")).body("projects", equalTo(1));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'memlayer-snapshot-catalog' }.data.projects", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("project", "billing", "task", "InvoiceService"))
                .when().post("/v1/context").then().statusCode(200)
                .body("snapshot.version", equalTo((int) result.version()));
    }
}
