package dev.memlayer.service;

import dev.memlayer.service.api.RequestUriGuard;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the query service. One thing happens before Quarkus starts: its own check of request URIs
 * is handed to {@link RequestUriGuard}, which makes the same check but answers an invalid URI
 * with a JSON problem instead of an empty 400. Quarkus reads this switch once, when its HTTP
 * layer is first loaded, so it must be set here (tests set it in the surefire configuration).
 */
@QuarkusMain
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String... args) {
        System.setProperty(RequestUriGuard.QUARKUS_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
