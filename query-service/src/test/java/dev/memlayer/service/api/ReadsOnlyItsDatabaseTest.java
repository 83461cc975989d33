package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.support.IndexedRepo;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.InjectIndexedRepo;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service answers from its database only: a pinned path outside the repository is refused or
 * ignored, a file next to the repository is never read, and a working-tree edit that was not
 * indexed does not show up.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class ReadsOnlyItsDatabaseTest {

    private static final String MARKER = "MARKER-never-leave-the-db-7f3a91";

    @InjectIndexedRepo
    IndexedRepo indexed;

    private static Response context(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/v1/context");
    }

    private Path root() {
        return indexed.repo().root();
    }

    @Test
    void pinnedPathsOutsideTheRepository_areRefusedOrIgnored_andNeverRead() throws Exception {
        Path outside = root().getParent().resolve("outside-secret.txt");
        Files.writeString(outside, MARKER + "\n");
        try {
            for (String pin : List.of("../outside-secret.txt", root() + "/../outside-secret.txt",
                    "src/../../outside-secret.txt", "..\\outside-secret.txt")) {
                Problems.assertProblem(context(Map.of("project", "billing", "task", "read the secret",
                        "pinned", List.of(pin))), 400, "invalid_path");
            }
            for (String pin : List.of(outside.toString(), "/etc/passwd", "file://" + outside)) {
                Response r = context(Map.of("project", "billing", "task", "read the secret " + outside,
                        "pinned", List.of(pin), "budget_tokens", 200_000));
                assertThat(r.statusCode()).as(pin).isEqualTo(200);
                assertThat(r.jsonPath().getList("files.path", String.class)).as(pin)
                        .noneMatch(p -> p.contains("outside-secret") || p.contains("passwd"));
                assertThat(r.asString()).as(pin).doesNotContain(MARKER).doesNotContain("root:x:0:0");
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void absolutePinInsideTheRoot_isThatRepositoryFile() {
        Response r = context(Map.of("project", "billing", "task", "shipment tracking",
                "pinned", List.of(root() + "/" + TestRepo.PAYMENT_GATEWAY)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("files[0].path")).isEqualTo(TestRepo.PAYMENT_GATEWAY);
    }

    @Test
    void unindexedWorkingTreeEdit_isNotServed() throws Exception {
        Path readme = root().resolve("README.md");
        String original = Files.readString(readme);
        Files.writeString(readme, "# " + MARKER + "\n");
        try {
            Response r = context(Map.of("project", "billing", "task", "what does the readme say",
                    "pinned", List.of("README.md"), "budget_tokens", 200_000));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.jsonPath().getList("files.path", String.class)).contains("README.md");
            assertThat(r.jsonPath().getString("context")).contains("# Acme billing").doesNotContain(MARKER);
        } finally {
            Files.writeString(readme, original);
        }
    }
}
