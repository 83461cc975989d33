package dev.memlayer.bench.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throw-away directory for one benchmark: a copy of the repository (the benchmark commits to it,
 * never to the cached or the user's repository) and a fresh database. Deleted on close.
 */
public final class Workspace implements AutoCloseable {

    private final Path dir;
    private final Path repo;

    private Workspace(Path dir, Path repo) {
        this.dir = dir;
        this.repo = repo;
    }

    /** Copies {@code source} (a git work tree) with {@code cp -a}: byte for byte, mtimes kept. */
    public static Workspace copyOf(Path source) throws IOException, InterruptedException {
        if (!Files.isDirectory(source.resolve(".git"))) {
            throw new IllegalArgumentException(source + " is not a git work tree");
        }
        Path dir = Files.createTempDirectory("memlayer-bench");
        Path repo = dir.resolve(source.getFileName().toString());
        Process copy = new ProcessBuilder("cp", "-a", source.toString(), repo.toString()).inheritIO().start();
        if (copy.waitFor() != 0) {
            throw new IOException("cp -a " + source + " failed");
        }
        return new Workspace(dir, repo);
    }

    /** Takes over an existing directory so that closing deletes it. */
    public static Workspace adopt(Path dir) {
        return new Workspace(dir, dir);
    }

    public Path repo() {
        return repo;
    }

    public Path db() {
        return dir.resolve("bench.db");
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
