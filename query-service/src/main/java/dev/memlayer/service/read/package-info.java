/**
 * The only SQL of the query service, all of it reads. {@code ReaderPool} (Agroal, read-only
 * connections), {@code SnapshotCatalog} (current view per project, refreshed off the request
 * path), {@code SnapshotLoader}/{@code SnapshotView} (one immutable view per project and version),
 * {@code ContentReader} (file text by content hash). Never writes, never runs DDL, never touches
 * the repository on disk.
 */
package dev.memlayer.service.read;
