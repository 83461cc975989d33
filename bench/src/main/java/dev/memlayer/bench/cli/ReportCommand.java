package dev.memlayer.bench.cli;

import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.report.BenchResults;
import dev.memlayer.bench.report.ReportRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench report [--out DIR]}: runs the matrix and writes report.md, results.json and PNG charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "run the matrix and write the markdown report with PNG charts")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: target/bench)")
    Path out;

    @Option(names = "--sizes", split = ",", defaultValue = "500,5000",
            description = "repository sizes (default ${DEFAULT-VALUE}; add 50000 for the large row)")
    List<Integer> sizes;

    @Option(names = "--clients", split = ",", defaultValue = "1,5,10,32",
            description = "concurrency levels (default ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "15", description = "measured window per load row (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up per load row (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--repeats", defaultValue = "3", description = "runs per incremental row (default ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--render-only", description = "re-render report.md and charts from DIR/results.json")
    boolean renderOnly;

    @Override
    public Integer call() throws Exception {
        Memlayer memlayer = Memlayer.fromSystem();
        Path dir = out != null ? out : memlayer.home().resolve("target/bench");
        Files.createDirectories(dir);
        BenchResults results;
        if (renderOnly) {
            results = JsonOut.MAPPER.readValue(dir.resolve("results.json").toFile(), BenchResults.class);
        } else {
            String command = "scripts/bench report --sizes " + join(sizes) + " --clients " + join(clients)
                    + " --seconds " + seconds + " --warmup " + warmup + " --repeats " + repeats;
            results = new ReportRunner(memlayer.requireBuilt(), JsonOut.MAPPER, System.err)
                    .run(new ReportRunner.Matrix(sizes, clients, seconds, warmup, repeats), command, dir);
        }
        Path report = ReportRunner.render(results, dir);
        System.err.println("bench: report written to " + report);
        JsonOut.print(Map.of("report", report.toString(), "results", dir.resolve("results.json").toString(),
                "index_rows", results.index().size(), "query_rows", results.query().size()));
        return 0;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
