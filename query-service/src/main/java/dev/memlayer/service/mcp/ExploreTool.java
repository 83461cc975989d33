package dev.memlayer.service.mcp;

import dev.memlayer.model.api.explore.ExploreRequest;
import dev.memlayer.service.explore.ExploreService;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import jakarta.inject.Singleton;

/** MCP tool {@code explore}: the same overview as {@code POST /v1/explore}, Markdown by default. */
@Singleton
public class ExploreTool {

    static final String NAME = "explore";

    private final ExploreService service;
    private final JsonText json;

    ExploreTool(ExploreService service, JsonText json) {
        this.service = service;
        this.json = json;
    }

    @Tool(name = NAME, title = "Get an overview of an indexed project",
            description = """
                    Returns a layered overview of an indexed repository, as Markdown: project map (entry points, \
                    most-depended-on files, directory summary), module index (public exports per package), type \
                    graph, API surface (public signatures), dependencies from the manifests, test map, and recent \
                    changes. Call it on first contact with a repository, before a task, to learn where things \
                    are; then use get_context for the task itself and find_symbol to locate a definition. \
                    query_type orders the layers for the kind of work ahead; detail and budget_tokens bound the size.""",
            annotations = @Tool.Annotations(readOnlyHint = true, destructiveHint = false, idempotentHint = true,
                    openWorldHint = false))
    public String explore(
            @ToolArg(name = "project", description = ToolArgs.PROJECT) String project,
            @ToolArg(name = "query_type", required = false, description = "general (default), bugfix, feature, "
                    + "refactor or incident: which layers come first.") String queryType,
            @ToolArg(name = "detail", required = false, description = "compact, normal (default) or verbose: how "
                    + "many items per layer.") String detail,
            @ToolArg(name = "budget_tokens", required = false, description = "Most tokens the overview may use "
                    + "(cl100k_base count); never exceeded.") Integer budgetTokens,
            @ToolArg(name = "snapshot", required = false, description = ToolArgs.SNAPSHOT) String snapshot,
            @ToolArg(name = "format", required = false, description = "markdown (default) or json (every layer "
                    + "with its items, totals and truncation).") String format) {
        return ToolErrors.guard(NAME, () -> {
            String wanted = format == null || format.isBlank() ? "markdown" : format;
            ExploreService.Answer answer = service.explore(new ExploreRequest(project, queryType, detail,
                    budgetTokens, snapshot, wanted));
            return answer.markdown() ? answer.response().context() : json.of(answer.response());
        });
    }
}
