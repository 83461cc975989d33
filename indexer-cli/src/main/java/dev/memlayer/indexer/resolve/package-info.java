/**
 * Language-agnostic resolution of a snapshot's facts into its file graph: imports to files (through
 * each language's {@link dev.memlayer.indexer.resolve.ImportRules} over a {@link
 * dev.memlayer.indexer.resolve.PathIndex}), call sites to defining files, type relations to the files
 * defining the target type, tests to the sources they test. Writes the snapshot's {@code edges}.
 */
package dev.memlayer.indexer.resolve;
