package dev.memlayer.service.api;

import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.service.context.ContextService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /v1/context}: parses the body, calls {@link ContextService}, and picks the body
 * type: the JSON response, or with {@code "format":"markdown"} the rendered context alone.
 */
@Path("/v1/context")
public class ContextResource {

    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final ContextService service;

    public ContextResource(ContextService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
    public Response context(ContextRequest request) {
        ContextService.Answer answer = service.answer(request);
        if (answer.markdown()) {
            return Response.ok(answer.response().context(), MARKDOWN).build();
        }
        return Response.ok(answer.response(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
