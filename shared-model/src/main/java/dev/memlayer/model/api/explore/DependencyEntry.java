package dev.memlayer.model.api.explore;

/**
 * A dependency declared by a manifest of the snapshot.
 *
 * @param manifest the manifest file ({@code pom.xml}, {@code package.json}, …)
 * @param version  as declared; null when absent
 * @param scope    runtime, dev, test, build, optional, peer
 */
public record DependencyEntry(String manifest, String ecosystem, String name, String version, String scope) {
}
