package dev.memlayer.service.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each task word says about where to look in a file, judged among the best-ranked files: a word
 * that most of them hold (the project's own name, {@code set}, {@code run}) says little, one that one or
 * two hold ({@code cert}) says much. {@code ln((n + 1) / df) / ln(n + 1)} over the n files read, a file holding
 * a word where {@link WordFinder} finds it: 1 for a word of one file, near 0 for a word of all of them, and 1
 * for every word when fewer than two files are read. {@link SnippetCutter} weighs a line's words by it.
 */
record TermRarity(Map<String, Double> weights) {

    /** Best-ranked files read to judge the words. */
    static final int FILES = 5;
    static final TermRarity UNIFORM = new TermRarity(Map.of());

    TermRarity {
        weights = Map.copyOf(weights);
    }

    /** The word's weight in [0, 1]; 1 for a word not judged. */
    double of(String term) {
        return weights.getOrDefault(term, 1.0);
    }

    /** The terms (of at least {@link SnippetCutter#MIN_TERM_LENGTH} characters) judged among these texts. */
    static TermRarity among(List<String> terms, List<String> texts) {
        int n = texts.size();
        if (n < 2) {
            return UNIFORM;
        }
        List<WordFinder> finders = texts.stream().map(WordFinder::new).toList();
        double norm = Math.log(n + 1.0);
        Map<String, Double> weights = new HashMap<>();
        for (String term : terms) {
            if (term.length() < SnippetCutter.MIN_TERM_LENGTH || weights.containsKey(term)) {
                continue;
            }
            int holding = 0;
            String stem = WordFinder.stem(term);
            for (WordFinder text : finders) {
                if (text.holds(stem)) {
                    holding++;
                }
            }
            weights.put(term, Math.log((n + 1.0) / Math.max(1, holding)) / norm);
        }
        return new TermRarity(weights);
    }
}
