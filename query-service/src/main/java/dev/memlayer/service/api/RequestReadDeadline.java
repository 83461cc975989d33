package dev.memlayer.service.api;

import dev.memlayer.service.config.ServiceConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request whose body has not arrived in full {@code memlayer.request-read-timeout} after its
 * headers is answered 408 with a problem and its connection closed. The idle timeout alone never
 * ends a client that sends one byte every few hundred milliseconds, since each byte counts as
 * activity. Only receiving is timed: when the clock runs out, a request whose body is complete (all
 * declared bytes received, a chunked body read by {@link BodyLimitGuard}, or no body) is left alone,
 * so the time to compute an answer never counts.
 */
@ApplicationScoped
public class RequestReadDeadline {

    /** Right after the URI check, so the clock starts before anything waits for the body. */
    static final int ORDER = RequestUriGuard.ORDER + 1;

    private final Vertx vertx;
    private final RouteProblems problems;
    private final long timeoutMillis;

    public RequestReadDeadline(Vertx vertx, RouteProblems problems, ServiceConfig config) {
        this.vertx = vertx;
        this.problems = problems;
        this.timeoutMillis = Math.max(1, config.requestReadTimeout().toMillis());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::start);
    }

    private void start(RoutingContext ctx) {
        if (bodyReceived(ctx)) {
            ctx.next(); // nothing to wait for (no body, or all of it already here): no timer to set and cancel
            return;
        }
        long timer = vertx.setTimer(timeoutMillis, id -> expire(ctx));
        ctx.addEndHandler(done -> vertx.cancelTimer(timer));
        ctx.next();
    }

    private void expire(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed() || bodyReceived(ctx)) {
            return;
        }
        problems.send(ctx, 408, "request_timeout", "the request body did not arrive in full within "
                + timeoutMillis + " ms of its headers", true);
    }

    /**
     * Whether the client has sent all of its body. Not {@link io.vertx.core.http.HttpServerRequest#isEnded()}:
     * that turns false again while a reader holds a received body paused.
     */
    private static boolean bodyReceived(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return ctx.request().bytesRead() >= Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                return true; // refused by the HTTP layer; nothing to wait for
            }
        }
        if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return ctx.body().buffer() != null; // read whole by BodyLimitGuard
        }
        return true;
    }
}
