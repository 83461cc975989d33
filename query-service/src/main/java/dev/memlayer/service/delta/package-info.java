/**
 * Snapshot deltas ({@code POST /v1/delta}): {@code DeltaService} compares two pinned views by path and
 * content hash and pairs renames; {@code SymbolDiff} compares a file's symbols. No SQL of its own.
 */
package dev.memlayer.service.delta;
