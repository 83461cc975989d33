package dev.memlayer.indexer.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHasherTest {

    private final ContentHasher hasher = new ContentHasher();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hash_is32LowerHexAndStable() {
        String h = hasher.hash(b("hello\n"), 6);

        assertThat(h).matches("[0-9a-f]{32}").isEqualTo(hasher.hash(b("hello\n"), 6));
        assertThat(hasher.hash(b("hello!"), 6)).isNotEqualTo(h);
        assertThat(hasher.hash(new byte[0], 0)).hasSize(32);
    }

    @Test
    void lines_countNewlinesPlusUnterminatedLastLine() {
        assertThat(ContentHasher.lines(b(""), 0)).isZero();
        assertThat(ContentHasher.lines(b("a"), 1)).isEqualTo(1);
        assertThat(ContentHasher.lines(b("a\n"), 2)).isEqualTo(1);
        assertThat(ContentHasher.lines(b("a\nb"), 3)).isEqualTo(2);
        assertThat(ContentHasher.lines(b("\n\n"), 2)).isEqualTo(2);
    }
}
