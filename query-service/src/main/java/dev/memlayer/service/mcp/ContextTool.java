package dev.memlayer.service.mcp;

import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.service.context.ContextService;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import jakarta.inject.Singleton;
import java.util.List;

/** MCP tool {@code get_context}: the same answer as {@code POST /v1/context}, Markdown by default. */
@Singleton
public class ContextTool {

    static final String NAME = "get_context";

    private final ContextService service;
    private final JsonText json;

    ContextTool(ContextService service, JsonText json) {
        this.service = service;
        this.json = json;
    }

    @Tool(name = NAME, title = "Get ranked code context for a task",
            description = """
                    Returns the files of an indexed repository that matter for a coding task, ranked and cut \
                    to a token budget, as Markdown ready to read: a ranked table of contents (each file with the \
                    main reason it was chosen; the first ones also with their test files), then each file \
                    whole, as the relevant snippets with line numbers, or as an outline of signatures. Call it \
                    before reading or editing code for a task (bug fix, feature, refactor, incident, test), \
                    instead of searching file by file; describe \
                    the task in plain words and name any class, function, file or error message you know. \
                    The answer comes from the newest indexed snapshot of the project (a few milliseconds); \
                    use list_projects to find the project's name.""",
            annotations = @Tool.Annotations(readOnlyHint = true, destructiveHint = false, idempotentHint = true,
                    openWorldHint = false))
    public String getContext(
            @ToolArg(name = "task", description = "The task in plain words, e.g. 'fix the rounding error in "
                    + "InvoiceService.total when VAT applies'. Stack traces and identifiers help.") String task,
            @ToolArg(name = "project", description = ToolArgs.PROJECT) String project,
            @ToolArg(name = "budget_tokens", required = false, description = "Most tokens the returned context may "
                    + "use (cl100k_base count), between 64 and 200000; default 4000.") Integer budgetTokens,
            @ToolArg(name = "intent", required = false, description = "What kind of task it is: auto (default, "
                    + "guessed from the text), bugfix, feature, refactor, incident, explore or test.") String intent,
            @ToolArg(name = "pinned", required = false, description = "Repository paths that must be considered "
                    + "first, e.g. files already open.") List<String> pinned,
            @ToolArg(name = "exclude", required = false, description = "Glob patterns of paths to leave out, e.g. "
                    + "'docs/**'.") List<String> exclude,
            @ToolArg(name = "snapshot", required = false, description = ToolArgs.SNAPSHOT) String snapshot,
            @ToolArg(name = "format", required = false, description = "markdown (default): the rendered context "
                    + "only; json: the full response with scores, reasons, omitted files and budget.") String format) {
        return ToolErrors.guard(NAME, () -> {
            String wanted = format == null || format.isBlank() ? "markdown" : format;
            ContextService.Answer answer = service.answer(new ContextRequest(project, task, budgetTokens, intent,
                    wanted, pinned, exclude, snapshot));
            return answer.markdown() ? answer.response().context() : json.of(answer.response());
        });
    }
}
