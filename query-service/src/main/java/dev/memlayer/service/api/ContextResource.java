package dev.memlayer.service.api;

import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.model.api.ContextResponse;
import dev.memlayer.model.api.Problem;
import dev.memlayer.service.context.ContextService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /v1/context}: parses the body, calls {@link ContextService}, and picks the body
 * type: the JSON response, or with {@code "format":"markdown"} the rendered context alone.
 */
@Path("/v1/context")
@Tag(name = "context", description = "Ranked code context for a task, cut to a token budget")
public class ContextResource {

    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final ContextService service;
    private final ContextJson json;

    public ContextResource(ContextService service, ContextJson json) {
        this.service = service;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
    @Operation(summary = "Plan and assemble context for a task",
            description = "Ranks the files of the project's newest ready snapshot (or the one asked for) for the "
                    + "task, explains each rank, and renders the chosen files whole, as snippets or as outlines "
                    + "so that the rendered context never exceeds budget_tokens (default 4000). With "
                    + "\"format\":\"markdown\" the body is the rendered Markdown alone.")
    @RequestBody(required = true, description = "project (name, id or root path) and task are required; "
            + "budget_tokens, intent, format, pinned, exclude and snapshot are optional",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContextRequest.class)))
    @APIResponse(responseCode = "200", description = "The ranked files, what was left out, the budget and the rendered context",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContextResponse.class)),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field (budget out of range, unknown intent or format)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown project, or no ready snapshot at the version or commit asked for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The task text or the body is too long",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No database yet, its schema was refused, or every planning slot stayed taken (busy)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    public Response context(ContextRequest request) {
        ContextService.Answer answer = service.answer(request);
        if (answer.markdown()) {
            return Response.ok(answer.response().context(), MARKDOWN).build();
        }
        return Response.ok(json.bytes(answer.response()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
