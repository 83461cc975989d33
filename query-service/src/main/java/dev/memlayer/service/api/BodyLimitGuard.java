package dev.memlayer.service.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oversized bodies get a JSON problem too. A declared {@code Content-Length} above
 * {@code quarkus.http.limits.max-body-size} is refused before the body is read. A chunked body that
 * grows past the limit is cut by Quarkus REST while reading, with a 413 whose body is empty (it
 * never reaches a handler of ours; tested in {@code MalformedHttpTest}).
 */
@ApplicationScoped
public class BodyLimitGuard {

    /** After the token check: an unauthenticated client learns nothing about limits. */
    static final int ORDER = BearerTokenGuard.ORDER + 1;

    private final long maxBytes;
    private final RouteProblems problems;

    public BodyLimitGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            RouteProblems problems) {
        this.maxBytes = maxBodySize.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    problems.send(ctx, 413, "body_too_large", tooLarge(maxBytes), true);
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP layer rejects malformed headers
            }
        }
        ctx.next();
    }

    static String tooLarge(long maxBytes) {
        return "the request body is larger than the limit of " + maxBytes + " bytes";
    }
}
