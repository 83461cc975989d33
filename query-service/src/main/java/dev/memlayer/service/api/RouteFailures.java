package dev.memlayer.service.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Failures that never reach a JAX-RS exception mapper (Vert.x cuts a body at the size limit, a
 * route handler throws, a request cannot be decoded) still answer with a JSON problem and never
 * with a stack trace or Vert.x's empty body.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final RouteProblems problems;
    private final long maxBytes;

    public RouteFailures(RouteProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        // what fails before any route matches (an undecodable path) goes to the router's error handlers
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
            router.errorHandler(status, this::onFailure);
        }
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed() || ctx.failure() instanceof HttpClosedException) {
            return; // the client is gone (it hung up, or a timeout closed its connection): nobody to answer
        }
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        if (status >= 500) {
            LOG.error("request failed outside a resource: " + ctx.request().method() + " " + ctx.normalizedPath(),
                    ctx.failure());
        }
        switch (status) {
            case 413 -> problems.send(ctx, 413, "body_too_large", BodyLimitGuard.tooLarge(maxBytes), true);
            case 400 -> problems.send(ctx, 400, "bad_request", "the request could not be read", true);
            case 404 -> problems.send(ctx, 404, "not_found", "no such resource", false);
            case 405 -> problems.send(ctx, 405, "method_not_allowed", "the method is not allowed here", false);
            default -> problems.send(ctx, status, status >= 500 ? "internal" : "bad_request",
                    status >= 500 ? "the service failed unexpectedly" : "the request was refused (" + status + ")",
                    status >= 500);
        }
    }
}
