package dev.memlayer.service.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request URI that is not a valid URI (a malformed percent escape such as {@code /v1/projects/%zz},
 * a space, a raw control character) is refused here, first of all handlers, with a 400 problem.
 * Quarkus makes the same {@link URI} check before any router runs, but answers with an empty 400
 * that no handler of ours can dress; {@link ServiceMain} therefore turns Quarkus's check off
 * ({@value #QUARKUS_CHECK_OFF}) and this route takes its place, so no invalid URI ever reaches a route.
 * Where the service is started without {@link ServiceMain} (dev mode), Quarkus's check stays on and
 * such requests still get a 400, only without a body.
 */
@ApplicationScoped
public class RequestUriGuard {

    static final int ORDER = Integer.MIN_VALUE + 1;

    /** The JVM system property that hands the URI check from Quarkus's root handler to this route. */
    public static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    private final RouteProblems problems;

    public RequestUriGuard(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            problems.send(ctx, 400, "invalid_uri", "the request URI is not a valid URI: " + e.getReason()
                    + " at index " + e.getIndex() + " (percent-encode reserved and non-ASCII characters)", true);
            return;
        } catch (RuntimeException e) {
            problems.send(ctx, 400, "invalid_uri", "the request URI is not a valid URI", true);
            return;
        }
        ctx.next();
    }
}
