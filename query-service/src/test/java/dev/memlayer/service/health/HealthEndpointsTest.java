package dev.memlayer.service.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepo;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.InjectIndexedRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class HealthEndpointsTest {

    @InjectIndexedRepo
    IndexedRepo indexed;

    @Test
    void readiness_withIndexedDatabase_isUpWithSchemaAndProjects() {
        JsonPath r = given().when().get("/q/health/ready")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(r.getString("status")).isEqualTo("UP");
        String check = "checks.find { it.name == '" + CatalogReadiness.NAME + "' }.";
        assertThat(r.getString(check + "status")).isEqualTo("UP");
        assertThat(r.getInt(check + "data.projects")).isEqualTo(1);
        assertThat(r.getInt(check + "data.schema_version")).isPositive();
        assertThat(r.getInt(check + "data.ready_snapshots")).isPositive();
        assertThat(r.getString(check + "data.db")).isEqualTo(indexed.db().toString());
    }

    @Test
    void liveness_refresherPolling_isUpWithARecentPoll() {
        JsonPath r = given().when().get("/q/health/live")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(r.getString("status")).isEqualTo("UP");
        String check = "checks.find { it.name == '" + RefresherLiveness.NAME + "' }.";
        assertThat(r.getString(check + "status")).isEqualTo("UP");
        assertThat(r.getLong(check + "data.last_poll_age_ms")).isLessThan(r.getLong(check + "data.stall_limit_ms"));
    }

    @Test
    void health_all_includesBothChecks_andV1HealthKeepsItsContract() {
        JsonPath all = given().when().get("/q/health").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("checks.name", String.class))
                .containsExactlyInAnyOrder(CatalogReadiness.NAME, RefresherLiveness.NAME);

        JsonPath v1 = given().when().get("/v1/health").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertThat(v1.getString("status")).isEqualTo("ok");
        assertThat(v1.getBoolean("read_only")).isTrue();
        assertThat(v1.getInt("schema_version")).isPositive();
    }
}
