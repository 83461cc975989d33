package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Idle and read timeouts of 1 s, so slow-client tests finish in seconds. No index is built: these
 * tests only need the HTTP layer (the service answers 503 without a database).
 */
public class ShortTimeoutsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.idle-timeout", "1s", "quarkus.http.read-timeout", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class, Map.of("indexed", "false")));
    }
}
