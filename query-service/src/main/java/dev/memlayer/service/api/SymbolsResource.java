package dev.memlayer.service.api;

import dev.memlayer.model.api.symbols.SymbolSearchResponse;
import dev.memlayer.service.context.RequestRejected;
import dev.memlayer.service.symbols.SymbolSearch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v1/projects/{project}/symbols?q=&kind=&limit=&snapshot=}: symbol search. */
@Path("/v1/projects/{project}/symbols")
public class SymbolsResource {

    private final SymbolSearch search;

    public SymbolsResource(SymbolSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SymbolSearchResponse search(@PathParam("project") String project, @QueryParam("q") String q,
            @QueryParam("kind") String kind, @QueryParam("limit") String limit,
            @QueryParam("snapshot") String snapshot) {
        return search.search(project, q, kind, limit(limit), snapshot);
    }

    private static Integer limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw RequestRejected.badRequest("invalid_limit", "'limit' must be a whole number between 1 and "
                    + SymbolSearch.MAX_LIMIT);
        }
    }
}
