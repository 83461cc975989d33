package dev.memlayer.service.explore;

import static dev.memlayer.service.explore.Layer.API_SURFACE;
import static dev.memlayer.service.explore.Layer.DEPENDENCIES;
import static dev.memlayer.service.explore.Layer.MODULE_INDEX;
import static dev.memlayer.service.explore.Layer.PROJECT_MAP;
import static dev.memlayer.service.explore.Layer.RECENT_CHANGES;
import static dev.memlayer.service.explore.Layer.TEST_MAP;
import static dev.memlayer.service.explore.Layer.TYPE_GRAPH;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the agent is about to do, and so which layers it gets, most useful first (a budget cuts
 * from the end): a bug fix starts from what changed lately and what tests cover it; a refactor
 * from the type graph and module boundaries; an incident from recent changes and dependencies.
 */
public enum QueryType {
    GENERAL(List.of(PROJECT_MAP, MODULE_INDEX, API_SURFACE, TYPE_GRAPH, DEPENDENCIES, TEST_MAP, RECENT_CHANGES)),
    BUGFIX(List.of(RECENT_CHANGES, TEST_MAP, PROJECT_MAP, API_SURFACE)),
    FEATURE(List.of(PROJECT_MAP, MODULE_INDEX, API_SURFACE, DEPENDENCIES, TYPE_GRAPH)),
    REFACTOR(List.of(TYPE_GRAPH, MODULE_INDEX, API_SURFACE, TEST_MAP, PROJECT_MAP)),
    INCIDENT(List.of(RECENT_CHANGES, DEPENDENCIES, PROJECT_MAP, TEST_MAP));

    private final List<Layer> layers;

    QueryType(List<Layer> layers) {
        this.layers = layers;
    }

    public List<Layer> layers() {
        return layers;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QueryType> fromWire(String value) {
        for (QueryType t : values()) {
            if (t.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
