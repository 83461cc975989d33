package dev.memlayer.service.mcp;

import dev.memlayer.service.symbols.SymbolSearch;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import jakarta.inject.Singleton;

/** MCP tool {@code find_symbol}: the same hits as {@code GET /v1/projects/{project}/symbols}, as JSON. */
@Singleton
public class FindSymbolTool {

    static final String NAME = "find_symbol";

    private final SymbolSearch search;
    private final JsonText json;

    FindSymbolTool(SymbolSearch search, JsonText json) {
        this.search = search;
        this.json = json;
    }

    @Tool(name = NAME, title = "Find where a symbol is defined",
            description = """
                    Finds classes, interfaces, functions, methods, types and constants of an indexed repository \
                    by name: exact matches first, then prefixes, then camelCase humps (HCon finds HttpConnection). \
                    Returns JSON hits with the file path, line range, kind and full signature. Call it instead of \
                    grepping when you know (part of) a name and need its definition.""",
            annotations = @Tool.Annotations(readOnlyHint = true, destructiveHint = false, idempotentHint = true,
                    openWorldHint = false))
    public String findSymbol(
            @ToolArg(name = "project", description = ToolArgs.PROJECT) String project,
            @ToolArg(name = "q", description = "The name, a prefix of it, or its camelCase humps.") String q,
            @ToolArg(name = "kind", required = false, description = "Only this kind, e.g. class, interface, "
                    + "function, method, type, constant.") String kind,
            @ToolArg(name = "limit", required = false, description = "Most hits to return (default 20).") Integer limit,
            @ToolArg(name = "snapshot", required = false, description = ToolArgs.SNAPSHOT) String snapshot) {
        return ToolErrors.guard(NAME, () -> json.of(search.search(project, q, kind, limit, snapshot)));
    }
}
