package dev.memlayer.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorRegistryTest {

    private final ExtractorRegistry registry = ExtractorRegistry.standard();

    @Test
    void forFile_kotlinBuildScript_isReadAsKotlinAndAsGradleManifest() {
        assertThat(registry.forFile(SourceFile.of("app/build.gradle.kts", "")))
                .extracting(Extractor::id).containsExactly("kotlin", "gradle");
    }

    @Test
    void forFile_sourcesAndManifests_haveTheirExtractor() {
        assertThat(registry.forFile(SourceFile.of("src/A.java", ""))).extracting(Extractor::id).containsExactly("java");
        assertThat(registry.forFile(SourceFile.of("cmd/main.go", ""))).extracting(Extractor::id).containsExactly("go");
        assertThat(registry.forFile(SourceFile.of("pom.xml", ""))).extracting(Extractor::id)
                .containsExactly("maven-pom");
        assertThat(registry.forFile(SourceFile.of("go.mod", ""))).extracting(Extractor::id).containsExactly("go-mod");
    }

    @Test
    void all_idsAreUnique() {
        assertThat(registry.all()).extracting(Extractor::id).doesNotHaveDuplicates();
    }
}
