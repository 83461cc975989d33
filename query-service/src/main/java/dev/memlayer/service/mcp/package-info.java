/**
 * The MCP surface (streamable HTTP at {@code /mcp}, quarkus-mcp-server-http): one small class per
 * tool, each a thin entry point like the resources of {@code api/}: it builds the request, calls
 * the same service the HTTP API calls, and returns text. {@code ToolErrors} turns every refusal
 * into an MCP tool error ({@code isError: true}, one line naming the problem), never a stack
 * trace. Tool and argument names and descriptions are written for the agent that reads them.
 *
 * <p>A new tool is one more class shaped like {@code ContextTool}: a {@code @Singleton} with the
 * service injected, one {@code @Tool} method whose {@code @ToolArg}s mirror the HTTP body, and a
 * body of {@code ToolErrors.guard(NAME, () -> ...)} returning Markdown or {@code JsonText.of(...)}.
 */
package dev.memlayer.service.mcp;
