/**
 * Dependency manifests: one extractor per format ({@code package.json}, {@code pyproject.toml} /
 * {@code requirements*.txt}, {@code Cargo.toml}, and the JVM/Go ones), each giving {@link
 * dev.memlayer.model.facts.DependencyFact}s with versions as declared and a scope. TOML is read by
 * the package's own tolerant {@code TomlTableReader} (no TOML library on the classpath). Content in,
 * facts out; a malformed manifest counts parse errors, never throws.
 */
package dev.memlayer.indexer.extract.manifest;
