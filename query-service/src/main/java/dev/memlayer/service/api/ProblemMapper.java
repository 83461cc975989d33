package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.memlayer.model.api.Problem;
import dev.memlayer.service.context.RequestRejected;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error as {@code {"error","detail"}}: refusals from the services, unreadable JSON, JAX-RS
 * errors (unknown path, wrong method or media type), and, last, anything unexpected as a 500
 * without a stack trace (logged here instead).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response rejected(RequestRejected e) {
        Response.ResponseBuilder problem = builder(e.status(), new Problem(e.code(), e.detail()));
        if (e.retryAfterSeconds() > 0) {
            problem.header("Retry-After", e.retryAfterSeconds());
        }
        return problem.build();
    }

    /** Ours, not Quarkus REST's built-in mapper for this type (whose body is not a problem). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return problem(400, JsonProblems.of(e));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return problem(400, JsonProblems.of(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "malformed_json";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "bad_request";
        };
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return problem(400, JsonProblems.of(json));
        }
        String detail = status == 400 && e.getCause() != null ? "the request body could not be read: "
                + firstLine(e.getCause().getMessage()) : firstLine(e.getMessage());
        return problem(status, code, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (clientGone(e)) {
            // the connection closed under a body being read (the client hung up, or a timeout closed it)
            LOG.debug("the client closed the connection while its request was read", e);
            return problem(400, "connection_closed", "the connection closed before the request was read");
        }
        LOG.error("unexpected error while answering a request", e);
        return problem(500, "internal", "the service failed unexpectedly: " + e.getClass().getSimpleName());
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    static Response problem(int status, String code, String detail) {
        return problem(status, new Problem(code, detail));
    }

    private static Response problem(int status, Problem problem) {
        return builder(status, problem).build();
    }

    private static Response.ResponseBuilder builder(int status, Problem problem) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(problem);
    }

    private static String firstLine(String s) {
        return JsonProblems.firstLine(s);
    }
}
