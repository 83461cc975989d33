package dev.memlayer.indexer.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A one-second lock wait, so the lock-timeout path can be launched quickly. */
public class LockTimeoutProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("memlayer.lock-wait-seconds", "1");
    }
}
