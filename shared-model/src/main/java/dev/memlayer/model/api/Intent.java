package dev.memlayer.model.api;

import java.util.Locale;
import java.util.Optional;

/** What the agent is about to do; it shifts the ranking weights. */
public enum Intent {
    BUGFIX, FEATURE, REFACTOR, INCIDENT, EXPLORE, TEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name ({@code bugfix}, …); empty for {@code auto} or anything unknown. */
    public static Optional<Intent> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Intent i : values()) {
            if (i.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
