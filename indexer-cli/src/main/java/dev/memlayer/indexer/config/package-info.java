/**
 * The one {@code @ConfigMapping} of the indexer ({@link dev.memlayer.indexer.config.IndexerConfig}).
 * Owns setting names and defaults; must not read files or environment variables by hand anywhere else.
 */
package dev.memlayer.indexer.config;
