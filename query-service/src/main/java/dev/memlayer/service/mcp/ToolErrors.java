package dev.memlayer.service.mcp;

import dev.memlayer.service.context.RequestRejected;
import io.quarkiverse.mcp.server.ToolCallException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a tool's call and turns what went wrong into an MCP tool error ({@code isError: true}) the
 * agent can act on: a refusal keeps its code and sentence ({@code unknown_project: no project
 * 'x' …}); anything unexpected is logged here and reported in one line, never as a stack trace.
 */
final class ToolErrors {

    private static final Logger LOG = Logger.getLogger(ToolErrors.class);

    private ToolErrors() {
    }

    static <T> T guard(String tool, Supplier<T> call) {
        try {
            return call.get();
        } catch (RequestRejected e) {
            throw new ToolCallException(e.code() + ": " + e.detail());
        } catch (ToolCallException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "MCP tool %s failed unexpectedly", tool);
            throw new ToolCallException("internal: " + tool + " failed unexpectedly ("
                    + e.getClass().getSimpleName() + "); the service log has the details");
        }
    }
}
