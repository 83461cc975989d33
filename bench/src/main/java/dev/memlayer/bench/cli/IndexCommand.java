package dev.memlayer.bench.cli;

import dev.memlayer.bench.index.IndexBenchmark;
import dev.memlayer.bench.index.IndexResult;
import dev.memlayer.bench.process.Memlayer;
import dev.memlayer.bench.runs.RepoSource;
import dev.memlayer.bench.runs.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench index --files N [--repo PATH] --json}: full index, incremental after 1/10/100-file commits, hook. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "full and incremental index wall, files/s, MB/s, peak RSS, database size, hook cost")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    RepoOptions repo;

    @Option(names = "--touch", split = ",", defaultValue = "1,10,100",
            description = "files per commit before the incremental runs (default ${DEFAULT-VALUE})")
    List<Integer> touches;

    @Option(names = "--repeats", defaultValue = "3", description = "runs per incremental row, median (default ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--no-hook", description = "skip measuring the post-commit hook")
    boolean noHook;

    @Override
    public Integer call() throws Exception {
        Memlayer memlayer = Memlayer.fromSystem().requireBuilt();
        RepoSource source = repo.resolve();
        try (Workspace workspace = Workspace.copyOf(source.dir())) {
            IndexResult result = new IndexBenchmark(memlayer, System.err)
                    .run(workspace.repo(), workspace.db(), touches, repeats, !noHook);
            JsonOut.print(result);
        }
        return 0;
    }
}
