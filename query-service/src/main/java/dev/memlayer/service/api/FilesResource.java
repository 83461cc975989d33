package dev.memlayer.service.api;

import dev.memlayer.model.api.files.FileFactsResponse;
import dev.memlayer.service.files.FileFactsService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v1/projects/{project}/files/{path}?snapshot=}: one file's facts; the path may hold slashes. */
@Path("/v1/projects/{project}/files")
public class FilesResource {

    private final FileFactsService files;

    public FilesResource(FileFactsService files) {
        this.files = files;
    }

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    public FileFactsResponse file(@PathParam("project") String project, @PathParam("path") String path,
            @QueryParam("snapshot") String snapshot) {
        return files.file(project, path, snapshot);
    }
}
