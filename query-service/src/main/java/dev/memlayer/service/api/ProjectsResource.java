package dev.memlayer.service.api;

import dev.memlayer.service.context.StatusService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /v1/projects}: registered projects with their latest ready snapshot. */
@Path("/v1/projects")
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
    public Projects list() {
        return new Projects(status.projects());
    }
}
