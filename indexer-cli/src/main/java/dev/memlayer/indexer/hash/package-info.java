/**
 * Content identity: the xxh3-128 content hash and line count ({@link dev.memlayer.indexer.hash.ContentHasher})
 * and the rule for skipping a re-read ({@link dev.memlayer.indexer.hash.ReusePolicy}). Pure functions
 * over bytes and numbers; must not do I/O.
 */
package dev.memlayer.indexer.hash;
