/**
 * Indexing benchmarks with the packaged indexer as a process: full index, incremental runs after small commits,
 * and what a post-commit hook adds to {@code git commit}. Never imports indexer code: the JSON summary is the
 * contract.
 */
package dev.memlayer.bench.index;
