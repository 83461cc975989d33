package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The billing repository with one planning slot and a 300 ms wait for it, so a busy answer comes quickly. */
public class BusyServiceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("memlayer.planning-slots", "1", "memlayer.planning-wait", "300ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class));
    }
}
