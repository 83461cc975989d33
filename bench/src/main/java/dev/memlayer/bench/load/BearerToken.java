package dev.memlayer.bench.load;

import java.net.http.HttpRequest;

/**
 * The service asks for {@code Authorization: Bearer $MEMLAYER_TOKEN} when that variable is set; the
 * service started by the benchmark inherits it, so the benchmark's requests carry it too.
 */
final class BearerToken {

    private BearerToken() {
    }

    static HttpRequest.Builder apply(HttpRequest.Builder request) {
        String token = System.getenv("MEMLAYER_TOKEN");
        return token == null || token.isBlank() ? request : request.header("Authorization", "Bearer " + token);
    }
}
