/**
 * The lexical index: one FTS5 document per stored content (the {@code lexical} table, rowid =
 * {@code contents.rowid}), so snapshots and projects share it. {@link
 * dev.memlayer.indexer.lexical.LexicalDocumentBuilder} turns text and facts into terms (worker
 * threads, pure); {@link dev.memlayer.indexer.lexical.LexicalIndexWriter} inserts documents for new
 * contents on the writer's transaction. Querying is the service's job; removing documents is
 * retention's. Must not read files, run git, or hold state across runs.
 */
package dev.memlayer.indexer.lexical;
