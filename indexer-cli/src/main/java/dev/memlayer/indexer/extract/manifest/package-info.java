/**
 * Dependency manifests: one extractor per format, each giving {@link
 * dev.memlayer.model.facts.DependencyFact}s with versions as declared and a scope: {@code pom.xml} (JDK
 * XML parser, external entities off), {@code build.gradle}/{@code build.gradle.kts} (a tolerant token
 * scanner: Gradle files are programs, only literal declarations are read), {@code go.mod},
 * {@code package.json}, {@code pyproject.toml} / {@code requirements*.txt} and {@code Cargo.toml} (TOML
 * read by the package's own tolerant {@code TomlTableReader}). Content in, facts out; a malformed
 * manifest counts parse errors, never throws.
 */
package dev.memlayer.indexer.extract.manifest;
