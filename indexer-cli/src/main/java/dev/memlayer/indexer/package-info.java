/**
 * memlayer's indexer, the only writer of the database. Sub-packages by feature: {@code cli}
 * (thin picocli commands), {@code pipeline} (one run, wired), {@code project}, {@code walk},
 * {@code hash}, {@code git}, {@code snapshot} (all SQL that writes). This package holds only
 * {@link dev.memlayer.indexer.IndexerException}, the one-line failure every layer may raise.
 */
package dev.memlayer.indexer;
