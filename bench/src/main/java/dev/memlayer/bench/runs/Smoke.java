package dev.memlayer.bench.runs;

import dev.memlayer.bench.generate.GeneratedRepo;
import dev.memlayer.bench.generate.RepoGenerator;
import dev.memlayer.bench.generate.RepoPlan;
import dev.memlayer.bench.generate.TaskCatalog;
import dev.memlayer.bench.index.IndexBenchmark;
import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.load.QueryResult;
import dev.memlayer.bench.load.QuerySession;
import dev.memlayer.bench.process.Memlayer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The harness end to end in seconds: a tiny generated repository, a full and an incremental index, and
 * a two-second load on the real service. Proves the pieces fit; its numbers mean nothing.
 */
public final class Smoke {

    public static final int FILES = 80;

    /**
     * @param generated the tiny repository
     * @param index     full + one incremental run
     * @param query     2 clients for 2 s
     */
    public record Result(GeneratedRepo generated, IndexResult index, QueryResult query) {
    }

    private Smoke() {
    }

    public static Result run(Memlayer memlayer, PrintStream log) throws IOException, InterruptedException {
        memlayer.requireBuilt();
        RepoPlan plan = RepoPlan.of(FILES, 1);
        Path source = Files.createTempDirectory("memlayer-smoke");
        try {
            GeneratedRepo generated = RepoGenerator.generate(plan, RepoGenerator.commitsFor(FILES),
                    source.resolve("repo"));
            IndexResult index;
            try (Workspace workspace = Workspace.copyOf(generated.dir())) {
                index = new IndexBenchmark(memlayer, log).run(workspace.repo(), workspace.db(), List.of(1), 1, false);
            }
            QueryResult query;
            try (Workspace workspace = Workspace.copyOf(generated.dir());
                 QuerySession session = QuerySession.open(memlayer, workspace.repo(), workspace.db(),
                         TaskCatalog.forPlan(plan), workspace.file("service.log"), log)) {
                query = session.measure(2, 1, 2, false);
            }
            return new Result(generated, index, query);
        } finally {
            try (Workspace cleanup = Workspace.adopt(source)) {
                // deleted on close
            }
        }
    }
}
