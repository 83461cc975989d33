package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.model.api.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a {@code {"error","detail"}} answer from below JAX-RS (Vert.x routes: the token check,
 * body limits, slow clients, failures no resource saw), so those answers look like
 * {@link ProblemMapper}'s.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper json;

    public RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the exchange with the problem; {@code close} drops the connection afterwards (body left unread). */
    public void send(RoutingContext ctx, int status, String code, String detail, boolean close) {
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (close) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().end(body(code, detail)).onComplete(done -> {
            if (close) {
                ctx.request().connection().close();
            }
        });
    }

    String body(String code, String detail) {
        try {
            return json.writeValueAsString(new Problem(code, detail));
        } catch (JsonProcessingException e) {
            // a Problem of two strings always serializes; keep a valid body regardless
            return "{\"error\":\"" + code + "\",\"detail\":\"see the service log\"}";
        }
    }
}
