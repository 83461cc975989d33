package dev.memlayer.indexer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathIndexTest {

    private final PathIndex index = new PathIndex(List.of("src/main/java/com/acme/Foo.java",
            "lib/com/acme/Foo.java", "src/main/java/com/acme/Bar.java", "README.md"));

    @Test
    void withSuffix_matchesWholeSegmentsOnly() {
        assertThat(index.withSuffix("com/acme/Foo.java"))
                .containsExactly("lib/com/acme/Foo.java", "src/main/java/com/acme/Foo.java");
        assertThat(index.withSuffix("acme/Foo.java")).hasSize(2);
        assertThat(index.withSuffix("me/Foo.java")).isEmpty();
        assertThat(index.withSuffix("README.md")).containsExactly("README.md");
    }

    @Test
    void inDirectory_andDirectoriesWithSuffix() {
        assertThat(index.inDirectory("src/main/java/com/acme")).hasSize(2);
        assertThat(index.inDirectory("")).containsExactly("README.md");
        assertThat(index.directoriesWithSuffix("com/acme")).containsExactly("lib/com/acme", "src/main/java/com/acme");
    }

    @Test
    void join_resolvesDotsAndRefusesToClimbAboveTheRoot() {
        assertThat(PathIndex.join("src/app", "../lib/./util")).isEqualTo("src/lib/util");
        assertThat(PathIndex.join("", "a/b")).isEqualTo("a/b");
        assertThat(PathIndex.join("src", "../../x")).isNull();
    }
}
