package dev.memlayer.service.explore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.support.AtlasRepo;
import dev.memlayer.service.support.AtlasRepoProfile;
import dev.memlayer.service.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /v1/explore} on the atlas repository, whose layers are known (see {@link AtlasRepo}). */
@QuarkusTest
@TestProfile(AtlasRepoProfile.class)
@SuppressWarnings("unchecked")
class ExploreContractTest {

    @Inject
    TokenEstimator tokens;

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/explore").then();
    }

    private static JsonPath explore(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        body.put("project", "atlas");
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return post(body).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static int layer(JsonPath r, String name) {
        return r.getList("layers.name", String.class).indexOf(name);
    }

    private static <T> List<T> items(JsonPath r, String name, String field, Class<T> type) {
        return r.getList("layers[" + layer(r, name) + "].items." + field, type);
    }

    @Test
    void explore_general_returnsEveryLayerInOrder_withTheKnownFacts() {
        JsonPath r = explore("query_type", "general", "detail", "normal");

        assertThat(r.getList("layers.name", String.class)).containsExactly("project_map", "module_index",
                "api_surface", "type_graph", "dependencies", "test_map", "recent_changes");
        assertThat(r.getLong("snapshot.version")).isEqualTo(2);
        assertThat(r.getString("query_type")).isEqualTo("general");
        assertThat(r.getString("detail")).isEqualTo("normal");

        int map = layer(r, "project_map");
        List<Map<String, Object>> mapItems = r.getList("layers[" + map + "].items");
        assertThat(mapItems).anySatisfy(e -> {
            assertThat(e.get("role")).isEqualTo("entry_point");
            assertThat(e.get("path")).isEqualTo(AtlasRepo.MAIN);
            assertThat(e.get("why")).isEqualTo("defines main");
        });
        assertThat(mapItems).filteredOn(e -> "hub".equals(e.get("role"))).extracting(e -> e.get("path"))
                .contains(AtlasRepo.CIRCLE, AtlasRepo.CONNECTION, AtlasRepo.SHAPE)
                .doesNotContain(AtlasRepo.CIRCLE_TEST, AtlasRepo.CONNECTION_IT);
        assertThat(mapItems).filteredOn(e -> "directory".equals(e.get("role"))).extracting(e -> e.get("path"))
                .contains("src/main/", "src/test/", ".");

        assertThat(items(r, "module_index", "module", String.class)).contains(AtlasRepo.JAVA + "geo/",
                AtlasRepo.JAVA + "shapes/", AtlasRepo.JAVA + "net/", AtlasRepo.JAVA + "app/");
        int modules = layer(r, "module_index");
        List<Map<String, Object>> moduleItems = r.getList("layers[" + modules + "].items");
        assertThat(moduleItems).anySatisfy(m -> {
            assertThat(m.get("module")).isEqualTo(AtlasRepo.JAVA + "shapes/");
            assertThat((List<Object>) m.get("exports")).containsExactlyInAnyOrder("Square", "Triangle");
        });

        int types = layer(r, "type_graph");
        assertThat(r.getList("layers[" + types + "].items")).hasSize(1);
        assertThat(r.getString("layers[" + types + "].items[0].target")).isEqualTo("Shape");
        assertThat(r.getString("layers[" + types + "].items[0].target_path")).isEqualTo(AtlasRepo.SHAPE);
        assertThat(r.getInt("layers[" + types + "].items[0].total")).isEqualTo(3);
        List<Map<String, Object>> edges = r.getList("layers[" + types + "].items[0].edges");
        assertThat(edges).extracting(e -> e.get("subject") + " " + e.get("relation") + " " + e.get("path"))
                .containsExactly("com.acme.geo.Circle implements " + AtlasRepo.CIRCLE,
                        "com.acme.geo.Square implements " + AtlasRepo.SQUARE_V2,
                        "com.acme.geo.Triangle implements " + AtlasRepo.TRIANGLE_V2);

        List<Map<String, Object>> api = r.getList("layers[" + layer(r, "api_surface") + "].items");
        assertThat(api).anySatisfy(f -> {
            assertThat(f.get("path")).isEqualTo(AtlasRepo.CONNECTION);
            assertThat((List<Map<String, Object>>) f.get("symbols")).extracting(s -> s.get("name"))
                    .contains("HttpConnection", "get", "head").doesNotContain("close", "url");
        });
        assertThat(api).extracting(f -> f.get("path")).doesNotContain(AtlasRepo.CIRCLE_TEST, "pom.xml");

        List<Map<String, Object>> deps = r.getList("layers[" + layer(r, "dependencies") + "].items");
        assertThat(deps).anySatisfy(d -> {
            assertThat((String) d.get("name")).contains("guava");
            assertThat(d.get("version")).isEqualTo("33.0.0-jre");
            assertThat(d.get("manifest")).isEqualTo("pom.xml");
        });
        assertThat(deps).anySatisfy(d -> {
            assertThat((String) d.get("name")).contains("junit-jupiter");
            assertThat(d.get("scope")).isEqualTo("test");
        });

        List<Map<String, Object>> tests = r.getList("layers[" + layer(r, "test_map") + "].items");
        assertThat(tests).anySatisfy(t -> {
            assertThat(t.get("source")).isEqualTo(AtlasRepo.CIRCLE);
            assertThat((List<Object>) t.get("tests")).contains(Map.of("path", AtlasRepo.CIRCLE_TEST, "kind", "unit"));
        });
        assertThat(tests).anySatisfy(t -> {
            assertThat(t.get("source")).isEqualTo(AtlasRepo.CONNECTION);
            assertThat((List<Object>) t.get("tests")).contains(Map.of("path", AtlasRepo.CONNECTION_IT,
                    "kind", "integration"));
        });

        int recent = layer(r, "recent_changes");
        assertThat(r.getList("layers[" + recent + "].items.committed_at", String.class))
                .containsExactly(AtlasRepo.SECOND.toString(), AtlasRepo.FIRST.toString());
        assertThat(r.getList("layers[" + recent + "].items.subject", String.class))
                .containsExactly("move shapes, timeouts, retry", "initial import");
        List<Map<String, Object>> changed = r.getList("layers[" + recent + "].items[0].files");
        assertThat(changed).contains(Map.of("path", AtlasRepo.SQUARE_V2, "change", "R", "old_path", AtlasRepo.SQUARE_V1),
                Map.of("path", AtlasRepo.RETRY, "change", "A"), Map.of("path", AtlasRepo.CLIENT, "change", "D"),
                Map.of("path", AtlasRepo.CONNECTION, "change", "M"));
    }

    @Test
    void explore_rendersTheSameItemsAsMarkdown_withMarkersAndAnExactTokenCount() {
        JsonPath r = explore("detail", "normal");
        String context = r.getString("context");

        assertThat(context).startsWith("<!-- memlayer:explore v1 project=atlas snapshot=2 commit=")
                .contains("query_type=general detail=normal -->\n# Overview: atlas (snapshot 2)\n")
                .contains("## Project map\n", "## Type graph\n", "## Recent changes\n")
                .endsWith("<!-- /memlayer:explore -->\n");
        for (String path : items(r, "api_surface", "path", String.class)) {
            assertThat(context).contains("`" + path + "`");
        }
        assertThat(context).contains("- `Shape` (`" + AtlasRepo.SHAPE + "`) ← 3: `com.acme.geo.Circle` implements (`"
                + AtlasRepo.CIRCLE + "`:3), ");
        assertThat(r.getInt("budget.used")).isEqualTo(tokens.count(context));
        assertThat(r.getInt("budget.limit")).isEqualTo(200000);
        assertThat(r.getString("budget.estimator")).isEqualTo("cl100k_base");
        assertThat(r.getDouble("timings_ms.total")).isGreaterThanOrEqualTo(r.getDouble("timings_ms.plan"));
    }

    @Test
    void explore_queryType_selectsAndOrdersTheLayers() {
        assertThat(explore("query_type", "bugfix").getList("layers.name", String.class))
                .containsExactly("recent_changes", "test_map", "project_map", "api_surface");
        assertThat(explore("query_type", "refactor").getList("layers.name", String.class))
                .containsExactly("type_graph", "module_index", "api_surface", "test_map", "project_map");
        assertThat(explore("query_type", "incident").getList("layers.name", String.class))
                .containsExactly("recent_changes", "dependencies", "project_map", "test_map");
        assertThat(explore("query_type", "feature").getList("layers.name", String.class))
                .containsExactly("project_map", "module_index", "api_surface", "dependencies", "type_graph");
    }

    @Test
    void explore_detail_capsEachLayer() {
        JsonPath compact = explore("detail", "compact");
        JsonPath normal = explore("detail", "normal");
        JsonPath verbose = explore("detail", "verbose");

        // seven source files have a public API; compact shows six
        int api = layer(compact, "api_surface");
        assertThat(compact.getInt("layers[" + api + "].total")).isEqualTo(7);
        assertThat(compact.getList("layers[" + api + "].items")).hasSize(6);
        assertThat(compact.getString("layers[" + api + "].truncated")).isEqualTo("detail");
        assertThat(normal.getList("layers[" + api + "].items")).hasSize(7);
        assertThat(normal.getString("layers[" + api + "].truncated")).isNull();
        // compact: one directory level, normal: two
        assertThat(items(compact, "project_map", "path", String.class)).contains("src/").doesNotContain("src/main/");
        for (String name : compact.getList("layers.name", String.class)) {
            assertThat(compact.getList("layers[" + layer(compact, name) + "].items").size())
                    .isLessThanOrEqualTo(normal.getList("layers[" + layer(normal, name) + "].items").size());
            assertThat(normal.getList("layers[" + layer(normal, name) + "].items").size())
                    .isLessThanOrEqualTo(verbose.getList("layers[" + layer(verbose, name) + "].items").size());
        }
        assertThat(compact.getInt("budget.used")).isLessThan(normal.getInt("budget.used"));
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 90, 150, 300, 600, 1200})
    void explore_budget_isNeverExceeded_andCutsFromTheLastLayers(int budget) {
        JsonPath r = explore("detail", "verbose", "budget_tokens", budget);
        String context = r.getString("context");

        assertThat(r.getInt("budget.limit")).isEqualTo(budget);
        assertThat(r.getInt("budget.used")).isLessThanOrEqualTo(budget).isEqualTo(tokens.count(context));
        JsonPath full = explore("detail", "verbose");
        if (full.getInt("budget.used") > budget) {
            assertThat(r.getList("layers.truncated", String.class)).contains("budget");
        }
        // what the JSON lists is what the Markdown shows
        for (String path : items(r, "api_surface", "path", String.class)) {
            assertThat(context).contains("`" + path + "`");
        }
    }

    @Test
    void explore_markdownFormat_returnsTheRenderedOverviewOnly() {
        String body = post(Map.of("project", "atlas", "detail", "compact", "format", "markdown"))
                .statusCode(200).contentType("text/markdown").extract().asString();
        assertThat(body).startsWith("<!-- memlayer:explore v1 project=atlas").endsWith("<!-- /memlayer:explore -->\n");
    }

    @Test
    void explore_olderSnapshot_byVersionOrCommit_showsThatSnapshot() {
        JsonPath byVersion = explore("snapshot", "1");
        assertThat(byVersion.getLong("snapshot.version")).isEqualTo(1);
        assertThat(byVersion.getBoolean("snapshot.freshness.latest")).isFalse();
        assertThat(items(byVersion, "api_surface", "path", String.class)).contains(AtlasRepo.CLIENT, AtlasRepo.SQUARE_V1);
        assertThat(byVersion.getList("layers[" + layer(byVersion, "recent_changes") + "].items")).hasSize(1);

        String firstCommit = byVersion.getString("snapshot.commit");
        JsonPath byCommit = explore("snapshot", firstCommit.substring(0, 10));
        assertThat(byCommit.getLong("snapshot.version")).isEqualTo(1);
    }

    @Test
    void explore_badInput_is4xxWithProblemBody() {
        Problems.assertProblem(post(Map.of("project", "nope")), 404, "unknown_project");
        Problems.assertProblem(post(Map.of("detail", "compact")), 400, "missing_project");
        Problems.assertProblem(post(Map.of("project", "atlas", "query_type", "party")), 400, "unknown_query_type");
        Problems.assertProblem(post(Map.of("project", "atlas", "detail", "huge")), 400, "unknown_detail");
        Problems.assertProblem(post(Map.of("project", "atlas", "budget_tokens", 10)), 400, "budget_out_of_range");
        Problems.assertProblem(post(Map.of("project", "atlas", "budget_tokens", 10_000_000)), 400,
                "budget_out_of_range");
        Problems.assertProblem(post(Map.of("project", "atlas", "snapshot", "99")), 404, "unknown_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "snapshot", "last-week")), 400, "invalid_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "snapshot", "abcdef1234")), 404, "unknown_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "format", "pdf")), 400, "unknown_format");
        Problems.assertProblem(post("{\"project\": "), 400, "malformed_json");
        Problems.assertProblem(post("{\"project\":\"atlas\",\"budget_tokens\":\"lots\"}"), 400, "invalid_field");
    }
}
