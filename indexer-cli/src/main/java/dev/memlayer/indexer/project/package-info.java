/**
 * Project registration: stable id from the canonical root, unique name. Owns the SQL on
 * {@code projects}; must not touch snapshots or the file system.
 */
package dev.memlayer.indexer.project;
