package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** One Quarkus boot over the atlas repository indexed at both commits (explore, delta, symbols, files). */
public class AtlasRepoProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class, Map.of("repo", "atlas")));
    }
}
