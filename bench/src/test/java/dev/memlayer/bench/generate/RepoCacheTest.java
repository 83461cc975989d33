package dev.memlayer.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoCacheTest {

    @TempDir
    Path root;

    @Test
    void ensure_secondCall_reusesTheRepositoryWithoutGenerating() throws Exception {
        RepoCache cache = new RepoCache(root);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Path first = cache.ensure(120, 4, new PrintStream(log));
        Files.writeString(first.resolve("marker.txt"), "kept");
        String afterFirst = log.toString();
        Path second = cache.ensure(120, 4, new PrintStream(log));

        assertThat(afterFirst).contains("generated");
        assertThat(log.toString()).isEqualTo(afterFirst);
        assertThat(second).isEqualTo(first);
        assertThat(second.resolve("marker.txt")).hasContent("kept");
        assertThat(cache.has(120, 5)).isFalse();
        try (var entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("repo-120-s4-g1");
        }
    }
}
