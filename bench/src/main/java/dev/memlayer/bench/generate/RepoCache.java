package dev.memlayer.bench.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generated repositories kept by (size, seed, generator version) under one directory, by default
 * {@code ~/.cache/memlayer-bench}, so a second run does not regenerate them. A repository is generated
 * under a temporary name and renamed when complete: an interrupted run leaves no half repository behind.
 */
public final class RepoCache {

    /** Bump when the plan or the renderers change what a (size, seed) produces. */
    public static final int GENERATOR_VERSION = 1;
    public static final long DEFAULT_SEED = 42;

    private final Path root;

    public RepoCache(Path root) {
        this.root = root;
    }

    public static RepoCache standard() {
        String override = System.getenv("MEMLAYER_BENCH_CACHE");
        return new RepoCache(override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".cache", "memlayer-bench"));
    }

    public Path dirFor(int files, long seed) {
        return root.resolve("repo-" + files + "-s" + seed + "-g" + GENERATOR_VERSION);
    }

    /** True when {@link #ensure} would return at once. */
    public boolean has(int files, long seed) {
        return Files.isDirectory(dirFor(files, seed).resolve(".git"));
    }

    /** The cached repository of this size and seed, generated first if missing. */
    public Path ensure(int files, long seed, PrintStream log) throws IOException {
        Path dir = dirFor(files, seed);
        if (has(files, seed)) {
            return dir;
        }
        Files.createDirectories(root);
        Path temp = root.resolve(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        deleteTree(temp);
        long start = System.nanoTime();
        RepoPlan plan = RepoPlan.of(files, seed);
        GeneratedRepo repo = RepoGenerator.generate(plan, RepoGenerator.commitsFor(files), temp);
        Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        log.printf("bench: generated %d files, %d commits, %.1f MB in %d ms → %s%n", repo.files(), repo.commits(),
                repo.bytes() / 1e6, (System.nanoTime() - start) / 1_000_000, dir);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
