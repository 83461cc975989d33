package dev.memlayer.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.bench.generate.RepoCache;
import dev.memlayer.bench.index.IndexBenchmark;
import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.load.QuerySession;
import dev.memlayer.bench.process.Machine;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.runs.RepoSource;
import dev.memlayer.bench.runs.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the matrix (per size: indexing, then /v1/context at each concurrency, quiet and while
 * publishing), saving {@code results.json} after every row so an interrupted run keeps what it measured,
 * then writes the report and its charts.
 */
public final class ReportRunner {

    /**
     * @param sizes   repository sizes (files)
     * @param clients concurrency levels
     * @param seconds measured window per load row
     * @param warmup  warm-up per load row
     * @param repeats runs per incremental row
     */
    public record Matrix(List<Integer> sizes, List<Integer> clients, int seconds, int warmup, int repeats) {
    }

    private final Memlayer memlayer;
    private final ObjectMapper json;
    private final PrintStream log;

    public ReportRunner(Memlayer memlayer, ObjectMapper json, PrintStream log) {
        this.memlayer = memlayer;
        this.json = json;
        this.log = log;
    }

    public BenchResults run(Matrix matrix, String command, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        BenchResults results = new BenchResults(Machine.now(), command, List.of(), List.of());
        for (int size : matrix.sizes()) {
            RepoSource source = RepoSource.synthetic(RepoCache.standard(), size, RepoCache.DEFAULT_SEED, log);
            try (Workspace workspace = Workspace.copyOf(source.dir())) {
                IndexResult index = new IndexBenchmark(memlayer, log).run(workspace.repo(), workspace.db(),
                        List.of(1, 10, 100), matrix.repeats(), true);
                results.index().add(index);
                save(results, out);
                try (QuerySession session = QuerySession.open(memlayer, workspace.repo(), workspace.db(),
                        source.tasks(), workspace.file("service.log"), log)) {
                    for (boolean publishing : new boolean[] {false, true}) {
                        for (int clients : matrix.clients()) {
                            results.query().add(session.measure(clients, matrix.warmup(), matrix.seconds(),
                                    publishing));
                            save(results, out);
                        }
                    }
                }
            }
        }
        BenchResults finished = new BenchResults(results.machine().finished(), command, results.index(),
                results.query());
        save(finished, out);
        return finished;
    }

    /** Writes report.md and the charts next to results.json; returns the report's path. */
    public static Path render(BenchResults results, Path out) throws IOException {
        List<String> latency = Charts.latency(results, out);
        String index = results.index().isEmpty() ? null : Charts.indexTime(results, out);
        Path report = out.resolve("report.md");
        Files.writeString(report, MarkdownReport.render(results, latency, index));
        return report;
    }

    private void save(BenchResults results, Path out) throws IOException {
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("results.json").toFile(), results);
    }
}
