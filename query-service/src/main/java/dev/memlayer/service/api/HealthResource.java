package dev.memlayer.service.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.memlayer.service.context.StatusService;
import dev.memlayer.service.read.CatalogState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/health}: 200 when a verified database is readable, 503 saying why otherwise. */
@Path("/v1/health")
@Tag(name = "health", description = "Service status (orchestrators may prefer /q/health/live and /q/health/ready)")
public class HealthResource {

    /** The health body; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(
            String status,
            @JsonProperty("schema_version") Integer schemaVersion,
            @JsonProperty("read_only") Boolean readOnly,
            String error,
            String detail,
            String db,
            Integer projects) {
    }

    private final StatusService status;

    public HealthResource(StatusService status) {
        this.status = status;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is a verified database readable?",
            description = "ok with the schema version and the number of projects, or unavailable with the reason "
                    + "(database_missing, schema_refused) and the command that fixes it.")
    @APIResponse(responseCode = "200", description = "A verified database is readable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "No database yet, or its schema was refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    public Response health() {
        CatalogState s = status.state();
        String db = s.db().toString();
        return switch (s.status()) {
            case AVAILABLE -> Response.ok(new Health("ok", s.schemaVersion(), true, null, null, db, s.views().size()))
                    .build();
            case MISSING -> unavailable(new Health("unavailable", null, true, "database_missing", s.detail(), db, null));
            case REFUSED -> unavailable(new Health("unavailable", null, true, "schema_refused", s.detail(), db, null));
        };
    }

    private static Response unavailable(Health body) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(body).type(MediaType.APPLICATION_JSON)
                .build();
    }
}
