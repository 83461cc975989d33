/**
 * {@code memlayer reindex --all} (cron): an incremental run for every registered project whose root
 * still exists, one after another under the usual writer lock, so cron and git hooks never write
 * at once. A missing root is skipped with a warning; one failing project does not stop the others.
 */
package dev.memlayer.indexer.reindex;
