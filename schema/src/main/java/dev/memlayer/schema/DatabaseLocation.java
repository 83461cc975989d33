package dev.memlayer.schema;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one rule for where the database lives, used by both applications: {@code --db} (indexer
 * only), else {@code MEMLAYER_DB}, else {@code ~/.local/share/memlayer/memlayer.db}.
 */
public final class DatabaseLocation {

    public static final String ENV = "MEMLAYER_DB";

    private DatabaseLocation() {
    }

    public static Path defaultPath(String userHome) {
        return Path.of(userHome, ".local", "share", "memlayer", "memlayer.db");
    }

    public static Path resolve(String explicit, Map<String, String> env, String userHome) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultPath(userHome);
    }

    /** Resolves against this process's environment. */
    public static Path resolve(String explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("user.home"));
    }
}
