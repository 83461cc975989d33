package dev.memlayer.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.model.api.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oversized bodies get a JSON problem too. A declared {@code Content-Length} above
 * {@code quarkus.http.limits.max-body-size} is refused before the body is read; a chunked body that
 * grows past the limit is cut by Vert.x with a bare 413, which the failure handler turns into JSON.
 */
@ApplicationScoped
public class BodyLimitGuard {

    private final long maxBytes;
    private final String body;

    public BodyLimitGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.body = json.writeValueAsString(new Problem("body_too_large",
                "the request body is larger than the limit of " + maxBytes + " bytes"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    reject(ctx);
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP layer rejects malformed headers
            }
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx);
        } else {
            ctx.next();
        }
    }

    private void reject(RoutingContext ctx) {
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
