package dev.memlayer.service.mcp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.render.MarkdownRenderer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real MCP client session over streamable HTTP against the service reading an indexed repository. */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class McpRoundTripTest {

    private static final String TASK = "fix rounding in InvoiceService total when VAT is applied";

    @InjectIndexedRepo
    IndexedRepo indexed;

    @Inject
    TokenEstimator tokens;

    private McpSession mcp;
    private JsonPath initialized;

    @BeforeEach
    void open() {
        McpSession.Opened opened = McpSession.open();
        mcp = opened.session();
        initialized = opened.initializeReply();
    }

    @AfterEach
    void close() {
        mcp.close();
    }

    @Test
    void initialize_agreesOnProtocol_andAnnouncesToolsAndInstructions() {
        assertThat(initialized.getString("result.protocolVersion")).isEqualTo(McpSession.PROTOCOL_VERSION);
        assertThat(initialized.getString("result.serverInfo.name")).isEqualTo("memlayer");
        assertThat(initialized.getMap("result.capabilities.tools")).isNotNull();
        assertThat(initialized.getString("result.instructions")).contains("get_context", "list_projects");
    }

    @Test
    void toolsList_describesGetContextAndListProjects_withTheirInputSchemas() {
        JsonPath r = mcp.request("tools/list", Map.of());

        assertThat(r.getList("result.tools.name", String.class)).contains("get_context", "list_projects");
        String get = tool("get_context");
        assertThat(r.getString(get + "description")).contains("token budget", "list_projects");
        assertThat(r.getBoolean(get + "annotations.readOnlyHint")).isTrue();
        assertThat(r.getString(get + "inputSchema.type")).isEqualTo("object");
        assertThat(r.getList(get + "inputSchema.required", String.class)).containsExactlyInAnyOrder("task", "project");
        assertThat(r.getMap(get + "inputSchema.properties").keySet())
                .containsExactlyInAnyOrder("task", "project", "budget_tokens", "intent", "pinned", "exclude",
                        "snapshot", "format");
        assertThat(r.getString(get + "inputSchema.properties.task.type")).isEqualTo("string");
        assertThat(r.getString(get + "inputSchema.properties.budget_tokens.type")).isEqualTo("integer");
        assertThat(r.getString(get + "inputSchema.properties.pinned.type")).isEqualTo("array");
        assertThat(r.getString(get + "inputSchema.properties.budget_tokens.description")).contains("4000");
        assertThat(r.getString(get + "inputSchema.properties.project.description")).contains("list_projects");

        String list = tool("list_projects");
        assertThat(r.getString(list + "description")).contains("get_context");
        assertThat(r.getString(list + "inputSchema.type")).isEqualTo("object");
        assertThat(r.getMap(list + "inputSchema.properties")).isEmpty();
    }

    @Test
    void getContext_onIndexedRepo_returnsTheSameMarkdownAsTheHttpApi_withinBudget() {
        JsonPath r = mcp.callTool("get_context", Map.of("task", TASK, "project", "billing", "budget_tokens", 1500));

        assertThat(r.getBoolean("result.isError")).isFalse();
        assertThat(r.getString("result.content[0].type")).isEqualTo("text");
        String text = r.getString("result.content[0].text");
        assertThat(text).startsWith(MarkdownRenderer.MARKER_PREFIX).contains(TestRepo.INVOICE_SERVICE)
                .endsWith(MarkdownRenderer.END_MARKER);
        assertThat(tokens.count(text)).isPositive().isLessThanOrEqualTo(1500);
        assertThat(text).contains("snapshot " + indexed.last().version());

        String http = given().contentType(ContentType.JSON)
                .body(Map.of("project", "billing", "task", TASK, "budget_tokens", 1500, "format", "markdown"))
                .when().post("/v1/context").then().statusCode(200).extract().asString();
        assertThat(text).isEqualTo(http);
    }

    @Test
    void getContext_jsonFormat_returnsTheFullResponseWithRanksAndReasons() {
        IndexResult last = indexed.last();
        JsonPath r = mcp.callTool("get_context", Map.of("task", TASK, "project", last.projectId(), "format", "json",
                "exclude", List.of("**/*.md")));

        assertThat(r.getBoolean("result.isError")).isFalse();
        JsonPath body = new JsonPath(r.getString("result.content[0].text"));
        assertThat(body.getString("files[0].path")).isEqualTo(TestRepo.INVOICE_SERVICE);
        assertThat(body.getList("files[0].reasons")).isNotEmpty();
        assertThat(body.getList("files.path", String.class)).doesNotContain(TestRepo.CHANGELOG);
        assertThat(body.getInt("budget.limit")).isEqualTo(4000);
        assertThat(body.getLong("snapshot.version")).isEqualTo(last.version());
    }

    @Test
    void getContext_unknownProject_isAToolErrorNamingTheProblem_notAStackTrace() {
        JsonPath r = mcp.callTool("get_context", Map.of("task", TASK, "project", "no-such-project"));

        assertThat(r.getMap("error")).as("a tool error, not a protocol error").isNull();
        assertThat(r.getBoolean("result.isError")).isTrue();
        String text = r.getString("result.content[0].text");
        assertThat(text).startsWith("unknown_project: ").contains("no-such-project", "memlayer index")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void getContext_budgetOutOfRange_isAToolErrorWithTheAllowedRange() {
        JsonPath r = mcp.callTool("get_context", Map.of("task", TASK, "project", "billing", "budget_tokens", 10));

        assertThat(r.getBoolean("result.isError")).isTrue();
        assertThat(r.getString("result.content[0].text")).startsWith("budget_out_of_range: ")
                .contains("between 64 and 200000", "got 10");
    }

    @Test
    void getContext_missingTask_isAToolError() {
        JsonPath r = mcp.callTool("get_context", Map.of("project", "billing"));

        assertThat(r.getBoolean("result.isError")).isTrue();
        assertThat(r.getString("result.content[0].text")).contains("task").doesNotContain("\tat ");
    }

    @Test
    void listProjects_returnsTheIndexedProjectWithItsNewestSnapshot() {
        IndexResult last = indexed.last();
        JsonPath r = mcp.callTool("list_projects", Map.of());

        assertThat(r.getBoolean("result.isError")).isFalse();
        JsonPath body = new JsonPath(r.getString("result.content[0].text"));
        assertThat(body.getList("projects.name", String.class)).containsExactly("billing");
        assertThat(body.getString("projects[0].id")).isEqualTo(last.projectId());
        assertThat(body.getString("projects[0].root")).isEqualTo(last.root());
        assertThat(body.getLong("projects[0].snapshot.version")).isEqualTo(last.version());
        assertThat(body.getString("projects[0].snapshot.commit")).hasSize(40);
    }

    /** GPath prefix of one tool in a tools/list reply. */
    private static String tool(String name) {
        return "result.tools.find { it.name == '" + name + "' }.";
    }
}
