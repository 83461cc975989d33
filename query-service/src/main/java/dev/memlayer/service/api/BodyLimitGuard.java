package dev.memlayer.service.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that enforces {@code quarkus.http.limits.max-body-size}, so an oversized body gets
 * a JSON problem on every route (REST and MCP alike). A declared {@code Content-Length} above the
 * limit is refused before the body is read. A body of unknown length (chunked) is read here, in
 * memory, by Vert.x's {@link BodyHandler}, which fails the request with 413 as soon as it passes
 * the limit ({@link RouteFailures} writes the problem); within the limit it is handed on buffered,
 * and Quarkus REST and MCP take it from there. Without this, Quarkus REST cut a chunked body itself
 * with an empty 413 that never passed a handler of ours. A body with a declared length is left to
 * the resource to read, as Quarkus REST does best.
 */
@ApplicationScoped
public class BodyLimitGuard {

    /** After the token check: an unauthenticated client learns nothing about limits. */
    static final int ORDER = BearerTokenGuard.ORDER + 1;

    private static final String CONTINUE = "100-continue";

    private final long maxBytes;
    private final RouteProblems problems;
    private final BodyHandler body;

    public BodyLimitGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            RouteProblems problems) {
        this.maxBytes = maxBodySize.asLongValue();
        this.problems = problems;
        // no file uploads: nothing is written to disk, a body is held in memory (at most maxBytes)
        this.body = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    problems.send(ctx, 413, "body_too_large", tooLarge(maxBytes), true);
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP layer rejects malformed headers
            }
            ctx.next();
            return;
        }
        if (!request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            ctx.next(); // no body at all
            return;
        }
        if (CONTINUE.equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // answered here, once: Quarkus REST would send a second 100 Continue after the body was read
            ctx.response().writeContinue();
            request.headers().remove(HttpHeaders.EXPECT);
        }
        body.handle(ctx);
    }

    static String tooLarge(long maxBytes) {
        return "the request body is larger than the limit of " + maxBytes + " bytes";
    }
}
