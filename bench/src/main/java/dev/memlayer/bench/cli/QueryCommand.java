package dev.memlayer.bench.cli;

import dev.memlayer.bench.load.QueryResult;
import dev.memlayer.bench.load.QuerySession;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.runs.RepoSource;
import dev.memlayer.bench.runs.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench query --files N [--repo PATH] --clients C --seconds S [--while-indexing] --json}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "POST /v1/context under C closed-loop clients: rps, p50/p95/p99/max, errors, service RSS")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    RepoOptions repo;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "15", description = "measured window (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up seconds, discarded (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--while-indexing", description = "the indexer publishes snapshots back to back meanwhile")
    boolean whileIndexing;

    @Override
    public Integer call() throws Exception {
        Memlayer memlayer = Memlayer.fromSystem().requireBuilt();
        RepoSource source = repo.resolve();
        try (Workspace workspace = Workspace.copyOf(source.dir());
             QuerySession session = QuerySession.open(memlayer, workspace.repo(), workspace.db(), source.tasks(),
                     workspace.file("service.log"), System.err)) {
            QueryResult result = session.measure(clients, warmup, seconds, whileIndexing);
            JsonOut.print(result);
            return result.errors() == 0 ? 0 : 1;
        }
    }
}
