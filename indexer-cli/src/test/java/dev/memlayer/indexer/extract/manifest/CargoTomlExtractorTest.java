package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class CargoTomlExtractorTest {

    private final CargoTomlExtractor extractor = new CargoTomlExtractor();

    @Test
    void extract_allDependencyTables_inlineTablesAndRenames() {
        FileFacts facts = extractor.extract(SourceFile.of("crates/net/Cargo.toml", """
                [package]
                name = "net"
                version = "0.1.0"

                [dependencies]
                serde = { version = "1.0", features = ["derive"] }
                tokio = "1.37"
                core = { path = "../core" }
                json = { package = "serde_json", version = "1" }
                tls = { version = "0.23", optional = true, package = "rustls" }

                [dependencies.regex]
                version = "1.10"
                default-features = false

                [dev-dependencies]
                proptest = "1"

                [build-dependencies]
                cc = "1.0"

                [target.'cfg(unix)'.dependencies]
                libc = "0.2"
                """));
        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("cargo", "serde", "1.0", "runtime"),
                new DependencyFact("cargo", "tokio", "1.37", "runtime"),
                new DependencyFact("cargo", "core", null, "runtime"),
                new DependencyFact("cargo", "serde_json", "1", "runtime"),
                new DependencyFact("cargo", "rustls", "0.23", "optional"),
                new DependencyFact("cargo", "regex", "1.10", "runtime"),
                new DependencyFact("cargo", "proptest", "1", "dev"),
                new DependencyFact("cargo", "cc", "1.0", "build"),
                new DependencyFact("cargo", "libc", "0.2", "runtime"));
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_workspaceDependencies_andMalformedLinesCounted() {
        FileFacts facts = extractor.extract(SourceFile.of("Cargo.toml", """
                [workspace]
                members = ["crates/*"]

                [workspace.dependencies]
                anyhow = "1"
                this is not toml
                thiserror = { version = "2" }
                """));
        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("cargo", "anyhow", "1", "runtime"),
                new DependencyFact("cargo", "thiserror", "2", "runtime"));
        assertThat(facts.parseErrors()).isEqualTo(1);
    }
}
