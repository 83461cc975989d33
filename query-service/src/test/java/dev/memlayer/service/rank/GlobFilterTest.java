package dev.memlayer.service.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobFilterTest {

    @Test
    void globWithoutSlash_matchesFileNameInAnyDirectory() {
        GlobFilter f = new GlobFilter(List.of("*.md"));
        assertThat(f.excludes("README.md")).isTrue();
        assertThat(f.excludes("docs/a/b.md")).isTrue();
        assertThat(f.excludes("src/Main.java")).isFalse();
    }

    @Test
    void globWithSlash_matchesFromTheRoot_doubleStarCrossesDirectories() {
        GlobFilter f = new GlobFilter(List.of("src/test/**", "docs/*.txt"));
        assertThat(f.excludes("src/test/java/A.java")).isTrue();
        assertThat(f.excludes("src/main/java/A.java")).isFalse();
        assertThat(f.excludes("docs/a.txt")).isTrue();
        assertThat(f.excludes("docs/sub/a.txt")).isFalse();
    }

    @Test
    void directoryName_excludesEverythingBelowIt() {
        GlobFilter f = new GlobFilter(List.of("vendor/"));
        assertThat(f.excludes("vendor/lib/x.js")).isTrue();
        assertThat(new GlobFilter(List.of("generated")).excludes("src/generated/X.java")).isTrue();
    }
}
