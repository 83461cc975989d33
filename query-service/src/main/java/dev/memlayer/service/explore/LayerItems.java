package dev.memlayer.service.explore;

import java.util.List;

/**
 * One layer's candidate items after the detail cap, each with its Markdown text (one or more
 * lines, each ending in a newline), in the order they are shown.
 *
 * @param total       items the snapshot has for the layer
 * @param cutByDetail whether the detail level left items out
 */
record LayerItems(Layer layer, int total, List<?> items, List<String> texts, boolean cutByDetail) {

    LayerItems {
        items = List.copyOf(items);
        texts = List.copyOf(texts);
        if (items.size() != texts.size()) {
            throw new IllegalArgumentException("one text per item");
        }
    }
}
