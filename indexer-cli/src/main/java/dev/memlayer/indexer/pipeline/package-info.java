/**
 * One index run end to end ({@link dev.memlayer.indexer.pipeline.IndexRun}) and its result
 * ({@link dev.memlayer.indexer.pipeline.IndexSummary}); {@link dev.memlayer.indexer.pipeline.Indexer}
 * is the CDI entry the CLI calls. Wires walk, hash, git, project and snapshot; owns no SQL and no
 * output formatting, and must not set a snapshot 'ready' itself.
 */
package dev.memlayer.indexer.pipeline;
