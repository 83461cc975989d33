package dev.memlayer.model.api;

import java.util.List;

/**
 * One file included in the context, in rank order.
 *
 * @param rank           the file's place in the ranking (1 = best), shared with {@link Omitted#rank}: a
 *                       gap means a better-ranked file was left out (see {@code omitted})
 * @param representation {@code whole}, {@code snippets}, {@code outline} or {@code path}
 * @param tokens         tokens this file's part of the rendered context costs
 * @param tests          the test files linked to this file (where its test goes), at most two; empty for a test
 */
public record FileEntry(
        String path,
        int rank,
        double score,
        List<Reason> reasons,
        String representation,
        int tokens,
        List<SymbolEntry> symbols,
        List<String> tests) {

    public FileEntry {
        reasons = List.copyOf(reasons);
        symbols = List.copyOf(symbols);
        tests = List.copyOf(tests);
    }
}
