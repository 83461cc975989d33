package dev.memlayer.service.api;

import dev.memlayer.model.api.Problem;
import dev.memlayer.service.context.StatusService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/projects}: registered projects with their latest ready snapshot. */
@Path("/v1/projects")
@Tag(name = "projects", description = "Indexed projects and their snapshots")
public class ProjectsResource {

    /** The listing body. */
    public record Projects(List<StatusService.ProjectStatus> projects) {
    }

    private final StatusService status;

    public ProjectsResource(StatusService status) {
        this.status = status;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List indexed projects",
            description = "Every registered project by name, with its newest ready snapshot: version, commit, "
                    + "branch, indexed_at, file count and freshness.")
    @APIResponse(responseCode = "200", description = "The projects, by name")
    @APIResponse(responseCode = "503", description = "No database yet, or its schema was refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Projects list() {
        return new Projects(status.projects());
    }
}
