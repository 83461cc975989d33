/**
 * Dependency manifests of the JVM and Go ecosystems: {@code pom.xml} (JDK XML parser, external
 * entities off), {@code build.gradle}/{@code build.gradle.kts} (a tolerant token scanner: Gradle
 * files are programs, only literal declarations are read) and {@code go.mod}. Each yields
 * {@link dev.memlayer.model.facts.DependencyFact}s with versions as written and a scope.
 */
package dev.memlayer.indexer.extract.manifest;
