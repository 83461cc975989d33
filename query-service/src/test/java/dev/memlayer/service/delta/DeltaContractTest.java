package dev.memlayer.service.delta;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/delta} between the two atlas snapshots, whose differences are known (see {@link AtlasRepo}). */
@QuarkusTest
@TestProfile(AtlasRepoProfile.class)
class DeltaContractTest {

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/delta").then();
    }

    private static JsonPath delta(Map<String, Object> body) {
        return post(body).statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static Map<String, Object> file(JsonPath r, String path) {
        List<Map<String, Object>> files = r.getList("files");
        return files.stream().filter(f -> path.equals(f.get("path"))).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + files));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> file, String list) {
        return ((List<Map<String, Object>>) file.get(list)).stream().map(s -> (String) s.get("name")).toList();
    }

    @Test
    void delta_betweenVersions_listsEveryChangedFileWithItsSymbols() {
        JsonPath r = delta(Map.of("project", "atlas", "from", "1", "to", "2"));

        assertThat(r.getLong("from.version")).isEqualTo(1);
        assertThat(r.getLong("to.version")).isEqualTo(2);
        assertThat(r.getMap("counts")).isEqualTo(Map.of("added", 1, "modified", 1, "removed", 1, "renamed", 2));
        assertThat(r.getList("files.path", String.class)).containsExactly(AtlasRepo.CLIENT, AtlasRepo.CONNECTION,
                AtlasRepo.RETRY, AtlasRepo.SQUARE_V2, AtlasRepo.TRIANGLE_V2);

        Map<String, Object> connection = file(r, AtlasRepo.CONNECTION);
        assertThat(connection.get("change")).isEqualTo("modified");
        assertThat(connection).doesNotContainKey("old_path");
        assertThat(names(connection, "symbols_added")).containsExactly("head");
        assertThat(names(connection, "symbols_removed")).containsExactly("close");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changed = (List<Map<String, Object>>) connection.get("symbols_changed");
        assertThat(changed).singleElement().satisfies(c -> {
            assertThat(c.get("name")).isEqualTo("get");
            assertThat((String) c.get("before")).contains("get(String path)");
            assertThat((String) c.get("after")).contains("get(String path, int timeoutMs)");
        });

        Map<String, Object> square = file(r, AtlasRepo.SQUARE_V2);
        assertThat(square.get("change")).isEqualTo("renamed");
        assertThat(square.get("old_path")).isEqualTo(AtlasRepo.SQUARE_V1);
        assertThat(names(square, "symbols_added")).isEmpty();
        assertThat(names(square, "symbols_removed")).isEmpty();

        Map<String, Object> triangle = file(r, AtlasRepo.TRIANGLE_V2);
        assertThat(triangle.get("change")).isEqualTo("renamed");
        assertThat(triangle.get("old_path")).isEqualTo(AtlasRepo.TRIANGLE_V1);
        assertThat(names(triangle, "symbols_added")).containsExactly("perimeter");

        Map<String, Object> retry = file(r, AtlasRepo.RETRY);
        assertThat(retry.get("change")).isEqualTo("added");
        assertThat(names(retry, "symbols_added")).contains("Retry", "attempts");

        Map<String, Object> client = file(r, AtlasRepo.CLIENT);
        assertThat(client.get("change")).isEqualTo("removed");
        assertThat(names(client, "symbols_removed")).contains("HttpClient", "fetch");
    }

    @Test
    void delta_byCommitShas_andDefaultTo_matchTheVersions() {
        JsonPath byVersion = delta(Map.of("project", "atlas", "from", "1", "to", "2"));
        String first = byVersion.getString("from.commit");
        String second = byVersion.getString("to.commit");

        JsonPath byCommit = delta(Map.of("project", "atlas", "from", first.substring(0, 8), "to", second));
        JsonPath toLatest = delta(Map.of("project", "atlas", "from", first));

        assertThat(byCommit.getList("files")).isEqualTo(byVersion.getList("files"));
        assertThat(toLatest.getList("files")).isEqualTo(byVersion.getList("files"));
        assertThat(toLatest.getLong("to.version")).isEqualTo(2);
    }

    @Test
    void delta_ofASnapshotWithItself_isEmpty() {
        JsonPath r = delta(Map.of("project", "atlas", "from", "2"));
        assertThat(r.getList("files")).isEmpty();
        assertThat(r.getMap("counts")).isEqualTo(Map.of("added", 0, "modified", 0, "removed", 0, "renamed", 0));
    }

    @Test
    void delta_backwards_swapsAddedAndRemoved() {
        JsonPath r = delta(Map.of("project", "atlas", "from", "2", "to", "1"));
        assertThat(file(r, AtlasRepo.CLIENT).get("change")).isEqualTo("added");
        assertThat(file(r, AtlasRepo.RETRY).get("change")).isEqualTo("removed");
        assertThat(file(r, AtlasRepo.SQUARE_V1).get("old_path")).isEqualTo(AtlasRepo.SQUARE_V2);
    }

    @Test
    void delta_badInput_is4xxWithProblemBody() {
        Problems.assertProblem(post(Map.of("project", "nope", "from", "1")), 404, "unknown_project");
        Problems.assertProblem(post(Map.of("from", "1")), 400, "missing_project");
        Problems.assertProblem(post(Map.of("project", "atlas")), 400, "missing_from");
        Problems.assertProblem(post(Map.of("project", "atlas", "from", "99")), 404, "unknown_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "from", "1", "to", "0")), 400, "invalid_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "from", "yesterday")), 400, "invalid_snapshot");
        Problems.assertProblem(post(Map.of("project", "atlas", "from", "deadbeef00")), 404, "unknown_snapshot");
        Problems.assertProblem(post("{\"project\":\"atlas\",\"from\":"), 400, "malformed_json");
    }
}
