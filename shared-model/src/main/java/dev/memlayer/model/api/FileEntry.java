package dev.memlayer.model.api;

import java.util.List;

/**
 * One file included in the context, in rank order.
 *
 * @param rank           the file's place in the ranking (1 = best), shared with {@link Omitted#rank}: a
 *                       gap means a better-ranked file was left out (see {@code omitted})
 * @param representation {@code whole}, {@code snippets}, {@code outline} or {@code path}
 * @param tokens         tokens this file's part of the rendered context costs
 */
public record FileEntry(
        String path,
        int rank,
        double score,
        List<Reason> reasons,
        String representation,
        int tokens,
        List<SymbolEntry> symbols) {

    public FileEntry {
        reasons = List.copyOf(reasons);
        symbols = List.copyOf(symbols);
    }
}
