package dev.memlayer.bench.cli;

import dev.memlayer.bench.generate.GeneratedRepo;
import dev.memlayer.bench.generate.RepoCache;
import dev.memlayer.bench.generate.RepoGenerator;
import dev.memlayer.bench.generate.RepoPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench generate --files N [--out DIR]}: a synthetic repository, into the cache unless --out. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "generate a synthetic git repository")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--files", paramLabel = "N", required = true, description = "files in the repository")
    int files;

    @Option(names = "--out", paramLabel = "DIR", description = "write it here (must not exist) instead of the cache")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            if (Files.exists(out)) {
                System.err.println("bench: " + out + " already exists");
                return 2;
            }
            GeneratedRepo repo = RepoGenerator.generate(RepoPlan.of(files, seed), RepoGenerator.commitsFor(files), out);
            JsonOut.print(repo);
            return 0;
        }
        RepoCache cache = RepoCache.standard();
        boolean cached = cache.has(files, seed);
        Path dir = cache.ensure(files, seed, System.err);
        JsonOut.print(Map.of("dir", dir.toString(), "files", files, "seed", seed, "cached", cached));
        return 0;
    }
}
