package dev.memlayer.bench.report;

import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.load.QueryResult;
import dev.memlayer.bench.process.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report is made from (saved as {@code results.json}, so a report can be re-rendered).
 *
 * @param machine where and when
 * @param command how the matrix was run
 * @param index   one row per repository size
 * @param query   one row per (size, mode, clients)
 */
public record BenchResults(Machine machine, String command, List<IndexResult> index, List<QueryResult> query) {

    public BenchResults {
        index = new ArrayList<>(index);
        query = new ArrayList<>(query);
    }

    public Optional<IndexResult> indexRow(int files) {
        return index.stream().filter(r -> r.files() == files).findFirst();
    }

    public Optional<QueryResult> queryRow(int files, int clients, boolean whileIndexing) {
        return query.stream().filter(r -> r.files() == files && r.clients() == clients
                && r.whileIndexing() == whileIndexing).findFirst();
    }

    /** Sizes measured, ascending. */
    public List<Integer> sizes() {
        return index.stream().map(IndexResult::files).distinct().sorted().toList();
    }

    /** The size closest to {@code wanted} among those measured, or -1. */
    public int closestSize(int wanted) {
        return sizes().stream().min((a, b) -> Integer.compare(Math.abs(a - wanted), Math.abs(b - wanted))).orElse(-1);
    }
}
