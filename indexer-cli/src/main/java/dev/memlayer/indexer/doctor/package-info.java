/**
 * {@code memlayer doctor}: read-only checks of everything a user relies on (database integrity and
 * schema, snapshot freshness against HEAD, git hooks, the query service), each problem with the
 * command that fixes it. Never writes, never takes the writer lock.
 */
package dev.memlayer.indexer.doctor;
