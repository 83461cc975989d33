package dev.memlayer.service.mcp;

import dev.memlayer.service.context.StatusService;
import io.quarkiverse.mcp.server.Tool;
import jakarta.inject.Singleton;
import java.util.List;

/** MCP tool {@code list_projects}: the same listing as {@code GET /v1/projects}, as JSON text. */
@Singleton
public class ProjectsTool {

    static final String NAME = "list_projects";

    /** The listing body, named as in {@code GET /v1/projects}. */
    record Projects(List<StatusService.ProjectStatus> projects) {
    }

    private final StatusService status;
    private final JsonText json;

    ProjectsTool(StatusService status, JsonText json) {
        this.status = status;
        this.json = json;
    }

    @Tool(name = NAME, title = "List indexed projects",
            description = """
                    Lists the repositories memlayer has indexed, as JSON: for each project its name, id and \
                    root path, and its newest ready snapshot (version, commit, branch, indexed_at, file count, \
                    and freshness: age in seconds and whether the working tree was dirty). Call it first to \
                    learn the project name that get_context takes, or to check how fresh the index is.""",
            annotations = @Tool.Annotations(readOnlyHint = true, destructiveHint = false, idempotentHint = true,
                    openWorldHint = false))
    public String listProjects() {
        return ToolErrors.guard(NAME, () -> json.of(new Projects(status.projects())));
    }
}
