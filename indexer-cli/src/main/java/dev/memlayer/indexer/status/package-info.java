/**
 * {@code memlayer status}: what is indexed versus the working tree now (HEAD moved? dirty?).
 * Read-only: opens the database with {@code mode=ro}, never takes the writer lock, never migrates.
 */
package dev.memlayer.indexer.status;
