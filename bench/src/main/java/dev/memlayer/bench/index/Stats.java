package dev.memlayer.bench.index;

import java.util.List;

/** Medians of repeated wall-clock runs. */
public final class Stats {

    private Stats() {
    }

    public static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
