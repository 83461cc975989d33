package dev.memlayer.model.facts;

/**
 * A dependency declared by a manifest file.
 *
 * @param ecosystem maven, gradle, npm, pypi, go, cargo
 * @param version   as declared (a range or property reference is kept verbatim); null when absent
 * @param scope     runtime, dev, test, build, optional, peer
 */
public record DependencyFact(String ecosystem, String name, String version, String scope) {
}
