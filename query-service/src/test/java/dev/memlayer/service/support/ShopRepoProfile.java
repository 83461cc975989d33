package dev.memlayer.service.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** One Quarkus boot over the indexed Python shop repository (ranking tests). */
public class ShopRepoProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IndexedRepoResource.class, Map.of("repo", "shop")));
    }
}
