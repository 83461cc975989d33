package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * One Quarkus boot shared by every test over the indexed billing repository. The request-read
 * deadline is 3 s (10 s in production) so ReadDeadlineTest finishes quickly; every other test sends
 * its body at once.
 */
public class IndexedRepoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("memlayer.request-read-timeout", "3s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class));
    }
}
