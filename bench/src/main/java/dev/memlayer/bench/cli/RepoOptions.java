package dev.memlayer.bench.cli;

import dev.memlayer.bench.generate.RepoCache;
import dev.memlayer.bench.runs.RepoSource;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which repository: {@code --files N} (synthetic, cached) or {@code --repo PATH} (any work tree). */
final class RepoOptions {

    @Option(names = "--files", paramLabel = "N", description = "synthetic repository of N files (default ${DEFAULT-VALUE})",
            defaultValue = "500")
    int files;

    @Option(names = "--repo", paramLabel = "PATH", description = "a real git work tree instead (it is copied, never changed)")
    Path repo;

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--json", description = "accepted for the scripts that pass it: the JSON object is always printed last")
    boolean json;

    RepoSource resolve() throws IOException {
        return repo != null ? RepoSource.real(repo) : RepoSource.synthetic(RepoCache.standard(), files, seed, System.err);
    }
}
