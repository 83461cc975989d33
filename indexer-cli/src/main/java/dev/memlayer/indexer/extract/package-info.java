/**
 * Facts from file content: the small {@link dev.memlayer.indexer.extract.Extractor} interface, the
 * one {@link dev.memlayer.indexer.extract.ExtractorRegistry}, tree-sitter plumbing in {@code
 * treesitter/}, and one folder per language or manifest format ({@code java/}, {@code python/}, …).
 * Extractors see content only, never paths on disk or the database; storing facts by content hash is
 * {@link dev.memlayer.indexer.extract.FactsRepository}'s job.
 */
package dev.memlayer.indexer.extract;
