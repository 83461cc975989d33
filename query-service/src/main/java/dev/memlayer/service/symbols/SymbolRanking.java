package dev.memlayer.service.symbols;

import dev.memlayer.model.api.symbols.SymbolHit;
import dev.memlayer.service.read.FileSymbol;
import java.util.Map;

/**
 * The score of one symbol hit: the match tier first (exact, prefix, contiguous humps, humps with
 * gaps), then small bonuses that break ties the way a reader expects: the name as typed (case),
 * declarations of types before functions before data, exported before private, source before
 * tests, shorter names (closer to the query) first. Each bonus stays below the gap between tiers.
 */
final class SymbolRanking {

    static final double CASE_BONUS = 0.2;
    static final double EXPORTED_BONUS = 0.15;
    static final double SOURCE_BONUS = 0.15;
    static final double MAX_LENGTH_PENALTY = 0.2;
    private static final Map<String, Double> KIND_BONUS = Map.ofEntries(
            Map.entry("class", 0.2), Map.entry("interface", 0.2), Map.entry("enum", 0.2), Map.entry("record", 0.2),
            Map.entry("struct", 0.2), Map.entry("trait", 0.2), Map.entry("type", 0.18), Map.entry("object", 0.18),
            Map.entry("function", 0.15), Map.entry("method", 0.12), Map.entry("constructor", 0.1),
            Map.entry("module", 0.1), Map.entry("macro", 0.1), Map.entry("annotation", 0.1));

    private SymbolRanking() {
    }

    static SymbolHit hit(String path, FileSymbol s, String query, SymbolSearch.Tier tier, boolean testFile) {
        double score = tier.base
                + (s.name().startsWith(query) || s.name().equals(query) ? CASE_BONUS : 0)
                + KIND_BONUS.getOrDefault(s.kind(), 0.0)
                + (s.exported() ? EXPORTED_BONUS : 0)
                + (testFile ? 0 : SOURCE_BONUS)
                - Math.min(MAX_LENGTH_PENALTY, 0.01 * Math.max(0, s.name().length() - query.length()));
        return new SymbolHit(s.name(), s.kind(), s.container(), s.signature(), path, s.lineStart(), s.lineEnd(),
                s.exported(), tier.wire, Math.round(score * 1000) / 1000.0);
    }
}
