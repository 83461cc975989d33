package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The billing repository behind a bearer token ({@code memlayer.token}, as {@code MEMLAYER_TOKEN} sets it). */
public class GuardedServiceProfile implements QuarkusTestProfile {

    public static final String TOKEN = "s3cret-Token_with.symbols~42";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("memlayer.token", TOKEN);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class));
    }
}
