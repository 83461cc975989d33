/**
 * Writing snapshots: the single-writer lock ({@link dev.memlayer.indexer.snapshot.WriterLock}), the
 * writer connection, manifest and content rows ({@link dev.memlayer.indexer.snapshot.ManifestWriter}),
 * and the building → ready | failed life cycle ({@link dev.memlayer.indexer.snapshot.SnapshotPublisher},
 * the only code that sets 'ready'). All SQL touching {@code snapshots}, {@code manifest} and
 * {@code contents} lives in {@link dev.memlayer.indexer.snapshot.SnapshotRepository}. Must not walk
 * files, run git, or hold the lock across runs; DDL belongs to the schema module's migrations.
 */
package dev.memlayer.indexer.snapshot;
