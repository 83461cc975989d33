package dev.memlayer.service.explore;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of each layer an overview shows.
 *
 * @param items     items per layer (per role for the project map)
 * @param perItem   names or signatures per item (exports of a module, signatures of a file, tests of a
 *                  source, files of a commit)
 * @param treeDepth directory levels of the tree summary
 */
public enum Detail {
    COMPACT(6, 4, 1), NORMAL(15, 8, 2), VERBOSE(40, 20, 2);

    private final int items;
    private final int perItem;
    private final int treeDepth;

    Detail(int items, int perItem, int treeDepth) {
        this.items = items;
        this.perItem = perItem;
        this.treeDepth = treeDepth;
    }

    public int items() {
        return items;
    }

    public int perItem() {
        return perItem;
    }

    public int treeDepth() {
        return treeDepth;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Detail> fromWire(String value) {
        for (Detail d : values()) {
            if (d.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
