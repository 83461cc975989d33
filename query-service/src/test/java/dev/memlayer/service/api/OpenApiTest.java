package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class OpenApiTest {

    @Test
    void openapi_yamlByDefault_listsTheV1Endpoints() {
        String yaml = given().when().get("/q/openapi").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/yaml")).extract().asString();

        assertThat(yaml).contains("/v1/context:", "/v1/projects:", "/v1/health:", "memlayer query service");
    }

    @Test
    void openapi_json_describesEachOperationAndItsErrors() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();

        assertThat(api.getString("info.title")).isEqualTo("memlayer query service");
        assertThat(api.getString("paths.'/v1/context'.post.summary")).isNotBlank();
        assertThat(api.getString("paths.'/v1/context'.post.description")).contains("budget");
        assertThat(api.getMap("paths.'/v1/context'.post.responses").keySet()).contains("200", "400", "404", "503");
        assertThat(api.getString("paths.'/v1/projects'.get.summary")).isNotBlank();
        assertThat(api.getMap("paths.'/v1/health'.get.responses").keySet()).contains("200", "503");
        assertThat(api.getList("tags.name", String.class)).contains("context");
    }
}
