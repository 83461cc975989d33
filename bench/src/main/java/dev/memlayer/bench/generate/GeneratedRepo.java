package dev.memlayer.bench.generate;

import java.nio.file.Path;

/**
 * A synthetic repository on disk.
 *
 * @param dir     its work tree (with {@code .git})
 * @param files   files in the work tree, {@code .git} excluded
 * @param commits commits in its history
 * @param bytes   total size of those files
 */
public record GeneratedRepo(Path dir, int files, int commits, long bytes) {
}
