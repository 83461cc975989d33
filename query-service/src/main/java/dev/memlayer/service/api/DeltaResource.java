package dev.memlayer.service.api;

import dev.memlayer.model.api.delta.DeltaRequest;
import dev.memlayer.model.api.delta.DeltaResponse;
import dev.memlayer.service.delta.DeltaService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /v1/delta}: files and symbols that changed between two snapshots. */
@Path("/v1/delta")
public class DeltaResource {

    private final DeltaService service;

    public DeltaResource(DeltaService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DeltaResponse delta(DeltaRequest request) {
        return service.delta(request);
    }
}
