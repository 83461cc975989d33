package dev.memlayer.service.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.support.IndexResult;
import dev.memlayer.service.support.IndexedRepo;
import dev.memlayer.service.support.IndexedRepoProfile;
import dev.memlayer.service.support.InjectIndexedRepo;
import dev.memlayer.service.support.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class ContextRoundTripTest {

    static final String INVOICE_SERVICE_TEST = "src/test/java/com/acme/billing/InvoiceServiceTest.java";

    @InjectIndexedRepo
    IndexedRepo indexed;

    @Inject
    TokenEstimator tokens;

    private JsonPath context(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/context")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void context_fileNamedInTask_ranksFirstWithReasonsWithinBudget() {
        IndexResult last = indexed.last();
        JsonPath r = context(Map.of("project", "billing", "task",
                "fix rounding in InvoiceService total when VAT is applied", "budget_tokens", 4000));

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.INVOICE_SERVICE);
        assertThat(r.getList("files[0].reasons")).isNotEmpty();
        assertThat(r.getList("files[0].reasons.signal", String.class)).contains("path");
        assertThat(r.getInt("files[0].rank")).isEqualTo(1);
        assertThat(r.getDouble("files[0].score")).isPositive();
        assertThat(r.getInt("budget.used")).isLessThanOrEqualTo(r.getInt("budget.limit")).isPositive();
        assertThat(r.getInt("budget.limit")).isEqualTo(4000);
        assertThat(r.getString("budget.estimator")).isEqualTo("cl100k_base");
        assertThat(r.getString("context")).contains("InvoiceService");
        assertThat(tokens.count(r.getString("context"))).isEqualTo(r.getInt("budget.used"));
        assertThat(r.getLong("snapshot.version")).isEqualTo(last.version());
        assertThat(r.getInt("snapshot.file_count")).isEqualTo(last.files());
        assertThat(r.getString("snapshot.commit")).hasSize(40);
        assertThat(r.getBoolean("snapshot.freshness.latest")).isTrue();
        assertThat(r.getString("project.id")).isEqualTo(last.projectId());
        assertThat(r.getString("intent.kind")).isEqualTo("bugfix");
        assertThat(r.getList("intent.terms", String.class)).contains("invoiceservice", "rounding", "vat")
                .doesNotContain("fix", "when", "in");
        assertThat(r.getList("intent.mentions", String.class)).contains("InvoiceService");
        assertThat(r.getDouble("timings_ms.total")).isGreaterThanOrEqualTo(r.getDouble("timings_ms.plan"));
        // where the file's test is: in the JSON, and on its line of the rendered contents
        assertThat(r.getList("files[0].tests", String.class)).containsExactly(INVOICE_SERVICE_TEST);
        assertThat(r.getString("context")).contains("1. `" + TestRepo.INVOICE_SERVICE + "` ")
                .contains(" · tests: `" + INVOICE_SERVICE_TEST + "`\n");
    }

    @Test
    void context_projectById_andByRootPath_findTheSameProject() {
        IndexResult last = indexed.last();
        for (String project : List.of(last.projectId(), last.root(), last.projectName())) {
            JsonPath r = context(Map.of("project", project, "task", "PaymentGateway declined cards"));
            assertThat(r.getString("project.id")).isEqualTo(last.projectId());
            assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.PAYMENT_GATEWAY);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 100, 200, 500, 1000, 4000, 200000})
    void context_anyBudget_renderedContextNeverExceedsIt(int budget) {
        JsonPath r = context(Map.of("project", "billing", "budget_tokens", budget,
                "task", "invoice payment tax total discount gateway shipment tracker billing readme"));

        String rendered = r.getString("context");
        assertThat(tokens.count(rendered)).isLessThanOrEqualTo(budget).isEqualTo(r.getInt("budget.used"));
        List<Map<String, Object>> files = r.getList("files");
        for (Map<String, Object> f : files) {
            assertThat(rendered).contains((String) f.get("path"));
        }
        if (budget >= 500) {
            assertThat(files).isNotEmpty();
        }
        int sumOfSections = files.stream().mapToInt(f -> (Integer) f.get("tokens")).sum();
        assertThat(sumOfSections).isLessThanOrEqualTo(budget);
    }

    @Test
    void context_smallBudget_degradesToSnippetsBeforeDroppingAFile() {
        // 360: the marker line and the contents line take ~50 tokens of it
        JsonPath r = context(Map.of("project", "billing", "budget_tokens", 360,
                "task", "InvoiceService discount17 rule"));

        assertThat(r.getString("files[0].path")).isEqualTo(TestRepo.INVOICE_SERVICE);
        assertThat(r.getString("files[0].representation")).isEqualTo("snippets");
        assertThat(r.getString("context")).contains("discount17");
        assertThat(r.getInt("budget.used")).isLessThanOrEqualTo(360);
    }

    @Test
    void context_markdownFormat_returnsJustTheRenderedContext() {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("project", "billing", "task", "PaymentGateway retries", "format", "markdown",
                        "budget_tokens", 1000))
                .when().post("/v1/context")
                .then().statusCode(200).contentType("text/markdown")
                .extract().asString();

        assertThat(body).startsWith("<!-- memlayer:context v1 project=billing snapshot=")
                .contains("\n# Context: billing", "Files, in rank order:\n1. `", TestRepo.PAYMENT_GATEWAY)
                .endsWith("<!-- /memlayer:context -->\n");
        assertThat(tokens.count(body)).isLessThanOrEqualTo(1000);
    }

    @Test
    void context_pinnedAndExcluded_areHonoured() {
        JsonPath r = context(Map.of("project", "billing", "task", "invoice service tests",
                "pinned", List.of("README.md"), "exclude", List.of("src/test/**")));

        assertThat(r.getString("files[0].path")).isEqualTo("README.md");
        assertThat(r.getList("files[0].reasons.signal", String.class)).contains("pinned");
        assertThat(r.getList("files.path", String.class)).noneMatch(p -> p.startsWith("src/test/"));
        assertThat(r.getList("omitted.findAll { it.why == 'excluded' }.path", String.class))
                .contains("src/test/java/com/acme/billing/InvoiceServiceTest.java");
    }

    @Test
    void context_pinnedPathNotInTheSnapshot_isReportedAsNotFound() {
        JsonPath r = context(Map.of("project", "billing", "task", "invoice service tests",
                "pinned", List.of("src/main/java/com/acme/billing/Missing.java", "README.md")));

        assertThat(r.getString("files[0].path")).isEqualTo("README.md");
        assertThat(r.getList("omitted.findAll { it.why == 'not_found' }.path", String.class))
                .containsExactly("src/main/java/com/acme/billing/Missing.java");
        assertThat(r.getList("files.path", String.class)).doesNotContain("src/main/java/com/acme/billing/Missing.java");
    }

    @Test
    void context_pinnedPathNotInTheSnapshot_isNamedInTheMarkdownToo() {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("project", "billing", "task", "invoice service tests", "format", "markdown",
                        "budget_tokens", 600, "pinned", List.of("src/main/java/com/acme/billing/Missing.java")))
                .when().post("/v1/context")
                .then().statusCode(200).extract().asString();

        assertThat(body).contains("\n# Context: billing (snapshot ")
                .contains("\nPinned but not in this snapshot: `src/main/java/com/acme/billing/Missing.java`\n");
        assertThat(tokens.count(body)).isLessThanOrEqualTo(600);
    }

    @Test
    void context_unmatchedTask_returnsNoFilesButAValidAnswer() {
        JsonPath r = context(Map.of("project", "billing", "task", "zebra quux frobnicate"));

        assertThat(r.getList("files")).isEmpty();
        assertThat(r.getInt("budget.used")).isLessThanOrEqualTo(4000);
    }

    @Test
    void context_explicitCurrentSnapshot_isServed() {
        long version = indexed.last().version();
        JsonPath r = context(Map.of("project", "billing", "task", "InvoiceService", "snapshot", version));
        assertThat(r.getLong("snapshot.version")).isEqualTo(version);
    }

    @Test
    void context_snapshotByCommit_fullShaOrPrefix_resolvesToThatCommitsSnapshot() {
        JsonPath latest = context(Map.of("project", "billing", "task", "InvoiceService"));
        String commit = latest.getString("snapshot.commit");

        for (String wanted : new String[] {commit, commit.substring(0, 7), commit.substring(0, 12).toUpperCase()}) {
            JsonPath r = context(Map.of("project", "billing", "task", "InvoiceService", "snapshot", wanted));
            assertThat(r.getString("snapshot.commit")).isEqualTo(commit);
            assertThat(r.getLong("snapshot.version")).isGreaterThanOrEqualTo(latest.getLong("snapshot.version"));
        }
    }

    @Test
    void context_snapshotByUnknownCommit_is404_andGarbageIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("project", "billing", "task", "InvoiceService", "snapshot", "deadbeefcafe"))
                .when().post("/v1/context")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", org.hamcrest.Matchers.is("unknown_snapshot"));
        given().contentType(ContentType.JSON)
                .body(Map.of("project", "billing", "task", "InvoiceService", "snapshot", "HEAD~1"))
                .when().post("/v1/context")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.is("invalid_snapshot"));
    }

    @Test
    void context_filesAndOmitted_partitionTheRankedPrefix_inRankOrder() {
        JsonPath r = context(Map.of("project", "billing", "budget_tokens", 200,
                "task", "InvoiceService PaymentGateway TaxCalculator ShipmentTracker invoices payments"));

        List<Double> scores = new java.util.ArrayList<>(r.getList("files.score", Double.class));
        List<String> omittedWhy = r.getList("omitted.why", String.class);
        assertThat(omittedWhy).isNotEmpty().doesNotContain("excluded");
        List<Double> omittedScores = r.getList("omitted.score", Double.class);
        assertThat(omittedScores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        scores.addAll(omittedScores);
        assertThat(r.getList("files.path", String.class)).doesNotContainAnyElementsOf(
                r.getList("omitted.path", String.class));
        // one numbering for both lists: together 1..n, so a reader (or scripts/eval) can merge them back
        List<Integer> places = new java.util.ArrayList<>(r.getList("files.rank", Integer.class));
        List<Integer> omittedPlaces = r.getList("omitted.rank", Integer.class);
        assertThat(omittedPlaces).isSorted().doesNotContainAnyElementsOf(places);
        places.addAll(omittedPlaces);
        assertThat(places).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, places.size()).boxed().toList());
    }

    @Test
    void projects_listsTheIndexedProjectWithItsLatestSnapshot() {
        IndexResult last = indexed.last();
        JsonPath r = given().when().get("/v1/projects").then().statusCode(200).extract().jsonPath();

        assertThat(r.getList("projects.name", String.class)).containsExactly(last.projectName());
        assertThat(r.getString("projects[0].id")).isEqualTo(last.projectId());
        assertThat(r.getString("projects[0].root")).isEqualTo(last.root());
        assertThat(r.getLong("projects[0].snapshot.version")).isEqualTo(last.version());
        assertThat(r.getInt("projects[0].snapshot.file_count")).isEqualTo(TestRepo.TRACKED_FILES);
        assertThat(r.getString("projects[0].snapshot.indexed_at")).isNotBlank();
    }

    @Test
    void health_withDatabase_isOkAndReadOnly() {
        JsonPath r = given().when().get("/v1/health").then().statusCode(200).extract().jsonPath();

        assertThat(r.getString("status")).isEqualTo("ok");
        assertThat(r.getInt("schema_version")).isEqualTo(dev.memlayer.schema.SchemaVersion.CURRENT);
        assertThat(r.getBoolean("read_only")).isTrue();
        assertThat(r.getInt("projects")).isEqualTo(1);
        assertThat(r.getString("db")).isEqualTo(indexed.db().toString());
    }
}
