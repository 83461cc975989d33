package dev.memlayer.model.api.explore;

import java.util.List;

/**
 * One layer of the overview.
 *
 * @param name      {@code project_map}, {@code module_index}, {@code type_graph}, {@code api_surface},
 *                  {@code dependencies}, {@code test_map}, {@code recent_changes}
 * @param total     items the snapshot has for this layer (before any cap)
 * @param items     the items shown, best first; their type depends on the layer
 * @param truncated null when every item is shown, else {@code detail} (capped by the detail level) or
 *                  {@code budget} (cut to fit the token budget)
 */
public record ExploreLayer(String name, String title, int total, List<?> items, String truncated) {

    public ExploreLayer {
        items = List.copyOf(items);
    }
}
