package dev.memlayer.service.symbols;

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
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/projects/{project}/symbols} on the atlas repository, whose symbols are known. */
@QuarkusTest
@TestProfile(AtlasRepoProfile.class)
class SymbolSearchContractTest {

    private static ValidatableResponse get(String project, Map<String, ?> params) {
        RequestSpecification spec = given();
        params.forEach(spec::queryParam);
        return spec.when().get("/v1/projects/" + project + "/symbols").then();
    }

    private static JsonPath search(Map<String, ?> params) {
        return get("atlas", params).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void search_camelCaseHumps_findTheClassFirst_withFileLinesAndSignature() {
        JsonPath r = search(Map.of("q", "HCon"));

        assertThat(r.getString("hits[0].name")).isEqualTo("HttpConnection");
        assertThat(r.getString("hits[0].kind")).isEqualTo("class");
        assertThat(r.getString("hits[0].match")).isEqualTo("hump");
        assertThat(r.getString("hits[0].path")).isEqualTo(AtlasRepo.CONNECTION);
        assertThat(r.getInt("hits[0].line_start")).isEqualTo(4);
        assertThat(r.getInt("hits[0].line_end")).isGreaterThan(4);
        assertThat(r.getString("hits[0].signature")).contains("class HttpConnection");
        assertThat(r.getList("hits.name", String.class)).allMatch(n -> n.equals("HttpConnection")
                || n.equals("HttpConnectionIT"));
        assertThat(r.getString("query")).isEqualTo("HCon");
        assertThat(r.getInt("total")).isEqualTo(r.getList("hits").size());
    }

    @Test
    void search_exactBeforePrefix_caseInsensitive() {
        JsonPath r = search(Map.of("q", "circle"));

        assertThat(r.getString("hits[0].name")).isEqualTo("Circle");
        assertThat(r.getString("hits[0].kind")).isEqualTo("class");
        assertThat(r.getString("hits[0].match")).isEqualTo("exact");
        List<String> matches = r.getList("hits.match", String.class);
        List<String> names = r.getList("hits.name", String.class);
        assertThat(matches.get(names.indexOf("CircleTest"))).isEqualTo("prefix");
        assertThat(matches.lastIndexOf("exact")).isLessThan(matches.indexOf("prefix"));
        List<Double> scores = r.getList("hits.score", Double.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void search_kindFilter_andLimit() {
        JsonPath methods = search(Map.of("q", "area", "kind", "method"));
        assertThat(methods.getList("hits.kind", String.class)).isNotEmpty().allMatch("method"::equals);
        assertThat(methods.getList("hits.findAll { it.match == 'exact' }.path", String.class))
                .containsExactlyInAnyOrder(AtlasRepo.SHAPE, AtlasRepo.CIRCLE, AtlasRepo.SQUARE_V2, AtlasRepo.TRIANGLE_V2);
        // the test method area_ofUnitCircle_isPi matches by prefix, after every exact match
        assertThat(methods.getString("hits[4].name")).isEqualTo("area_ofUnitCircle_isPi");
        assertThat(methods.getString("hits[4].match")).isEqualTo("prefix");
        assertThat(methods.getInt("total")).isEqualTo(5);

        JsonPath limited = search(Map.of("q", "a", "limit", 2));
        assertThat(limited.getList("hits")).hasSize(2);
        assertThat(limited.getInt("total")).isGreaterThan(2);
    }

    @Test
    void search_snapshot_pinsTheVersion() {
        assertThat(search(Map.of("q", "HttpClient")).getInt("total")).isZero();
        JsonPath old = search(Map.of("q", "HttpClient", "snapshot", "1"));
        assertThat(old.getString("hits[0].path")).isEqualTo(AtlasRepo.CLIENT);
        assertThat(old.getLong("snapshot.version")).isEqualTo(1);
    }

    @Test
    void search_badInput_is4xxWithProblemBody() {
        Problems.assertProblem(get("nope", Map.of("q", "Circle")), 404, "unknown_project");
        Problems.assertProblem(get("atlas", Map.of()), 400, "missing_query");
        Problems.assertProblem(get("atlas", Map.of("q", "x".repeat(201))), 400, "query_too_long");
        Problems.assertProblem(get("atlas", Map.of("q", "Circle", "kind", "spaceship")), 400, "unknown_kind");
        Problems.assertProblem(get("atlas", Map.of("q", "Circle", "limit", 0)), 400, "limit_out_of_range");
        Problems.assertProblem(get("atlas", Map.of("q", "Circle", "limit", 1000)), 400, "limit_out_of_range");
        Problems.assertProblem(get("atlas", Map.of("q", "Circle", "limit", "many")), 400, "invalid_limit");
        Problems.assertProblem(get("atlas", Map.of("q", "Circle", "snapshot", "7")), 404, "unknown_snapshot");
    }
}
