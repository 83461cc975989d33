package dev.memlayer.service.api;

import dev.memlayer.service.config.ServiceConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * With {@code memlayer.token} set ({@code MEMLAYER_TOKEN}), every request needs
 * {@code Authorization: Bearer <token>}: the REST API, MCP and anything added later, since the
 * check sits on the Vert.x router below both. Only the liveness probe {@code /q/health} stays
 * open. Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so neither
 * the content nor the length of the token leaks through timing.
 */
@ApplicationScoped
public class BearerTokenGuard {

    static final int ORDER = RequestReadDeadline.ORDER + 1;

    private static final String SCHEME = "bearer ";
    private static final String OPEN_PATH = "/q/health";

    private final Optional<byte[]> expected;
    private final RouteProblems problems;

    public BearerTokenGuard(ServiceConfig config, RouteProblems problems) {
        this.expected = config.token().filter(t -> !t.isBlank()).map(t -> sha256(t.strip()));
        this.problems = problems;
    }

    void install(@Observes Router router) {
        if (expected.isPresent()) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals(OPEN_PATH) || path.startsWith(OPEN_PATH + "/")) {
            ctx.next();
            return;
        }
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && MessageDigest.isEqual(expected.get(), sha256(header.substring(SCHEME.length()).strip()))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"memlayer\"");
        problems.send(ctx, 401, "unauthorized", header == null
                ? "this service requires 'Authorization: Bearer <token>' (the token is MEMLAYER_TOKEN)"
                : "the bearer token is missing or wrong", true);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
