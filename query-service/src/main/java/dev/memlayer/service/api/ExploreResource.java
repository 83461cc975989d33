package dev.memlayer.service.api;

import dev.memlayer.model.api.explore.ExploreRequest;
import dev.memlayer.service.explore.ExploreService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /v1/explore}: the JSON overview, or with {@code "format":"markdown"} the rendered overview alone. */
@Path("/v1/explore")
public class ExploreResource {

    private final ExploreService service;

    public ExploreResource(ExploreService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
    public Response explore(ExploreRequest request) {
        ExploreService.Answer answer = service.explore(request);
        if (answer.markdown()) {
            return Response.ok(answer.response().context(), ContextResource.MARKDOWN).build();
        }
        return Response.ok(answer.response(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
