package dev.memlayer.service.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.AtlasRepo;
import dev.memlayer.service.support.AtlasRepoProfile;
import dev.memlayer.service.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/projects/{project}/files/{path}} on the atlas repository. */
@QuarkusTest
@TestProfile(AtlasRepoProfile.class)
class FileFactsContractTest {

    private static ValidatableResponse get(String project, String path, String snapshot) {
        var spec = given().urlEncodingEnabled(false);
        if (snapshot != null) {
            spec.queryParam("snapshot", snapshot);
        }
        return spec.when().get("/v1/projects/" + project + "/files/" + path).then();
    }

    private static JsonPath file(String path) {
        return get("atlas", path, null).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void file_source_hasLanguageSymbolsImportersTestsAndChurn() {
        JsonPath r = file(AtlasRepo.CIRCLE);

        assertThat(r.getString("path")).isEqualTo(AtlasRepo.CIRCLE);
        assertThat(r.getString("language")).isEqualTo("java");
        assertThat(r.getInt("lines")).isEqualTo(14);
        assertThat(r.getBoolean("is_test")).isFalse();
        assertThat(r.getList("symbols.name", String.class)).contains("Circle", "area", "radius");
        assertThat(r.getList("importers.path", String.class)).contains(AtlasRepo.MAIN, AtlasRepo.CIRCLE_TEST);
        assertThat(r.getList("tests")).contains(Map.of("path", AtlasRepo.CIRCLE_TEST, "kind", "unit"));
        assertThat(r.getInt("churn.commits_total")).isEqualTo(1);
        assertThat(r.getString("churn.last_change_at")).isEqualTo(AtlasRepo.FIRST.toString());
        assertThat(r.getLong("snapshot.version")).isEqualTo(2);
    }

    @Test
    void file_imports_asWrittenAndResolved() {
        JsonPath r = file(AtlasRepo.MAIN);

        assertThat(r.getList("imports.raw", String.class)).containsExactly("com.acme.geo.Circle", "com.acme.geo.Shape",
                "com.acme.net.HttpConnection");
        assertThat(r.getList("imports.line", Integer.class)).containsExactly(3, 4, 5);
        assertThat(r.getList("imported_files", String.class)).containsExactlyInAnyOrder(AtlasRepo.CIRCLE,
                AtlasRepo.SHAPE, AtlasRepo.CONNECTION);
        assertThat(r.getList("importers")).isEmpty();
    }

    @Test
    void file_connection_hasCallersAndAnIntegrationTest() {
        JsonPath r = file(AtlasRepo.CONNECTION);
        assertThat(r.getList("callers.path", String.class)).contains(AtlasRepo.MAIN);
        assertThat(r.getList("tests")).contains(Map.of("path", AtlasRepo.CONNECTION_IT, "kind", "integration"));
        assertThat(r.getInt("churn.commits_total")).isEqualTo(2);
    }

    @Test
    void file_test_listsWhatItTests() {
        JsonPath r = file(AtlasRepo.CONNECTION_IT);
        assertThat(r.getBoolean("is_test")).isTrue();
        assertThat(r.getList("tested", String.class)).contains(AtlasRepo.CONNECTION);
    }

    @Test
    void file_inOlderSnapshot_isFoundThere_only() {
        get("atlas", AtlasRepo.CLIENT, "1").statusCode(200);
        Problems.assertProblem(get("atlas", AtlasRepo.CLIENT, null), 404, "unknown_file");
    }

    @Test
    void file_badInput_is4xxWithProblemBody() {
        Problems.assertProblem(get("nope", AtlasRepo.MAIN, null), 404, "unknown_project");
        Problems.assertProblem(get("atlas", "src/Nope.java", null), 404, "unknown_file");
        Problems.assertProblem(get("atlas", AtlasRepo.MAIN, "v2"), 400, "invalid_snapshot");
        Problems.assertProblem(get("atlas", AtlasRepo.MAIN, "42"), 404, "unknown_snapshot");
    }
}
