package dev.memlayer.service.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fact rows of one content as its extractions gave them, kept per extractor for its newest version only: an older
 * version's rows stay in the database until gc while snapshots still use them, but a reader wants the newest.
 */
final class ExtractedRows<T> {

    private final List<String> extractors = new ArrayList<>();
    private final List<Integer> versions = new ArrayList<>();
    private final List<T> facts = new ArrayList<>();
    private final Map<String, Integer> newest = new HashMap<>();

    void add(String extractor, int version, T fact) {
        extractors.add(extractor);
        versions.add(version);
        facts.add(fact);
        newest.merge(extractor, version, Math::max);
    }

    /** The facts of each extractor's newest version, in the order added. */
    List<T> newest() {
        List<T> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            if (versions.get(i).equals(newest.get(extractors.get(i)))) {
                out.add(facts.get(i));
            }
        }
        return out;
    }

    /** Each extractor with its newest version, {@code typescript@2}, sorted and space-separated. */
    String extraction() {
        return newest.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).sorted()
                .collect(Collectors.joining(" "));
    }
}
