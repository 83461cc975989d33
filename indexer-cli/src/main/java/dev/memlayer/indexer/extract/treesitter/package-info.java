/**
 * Tree-sitter plumbing shared by the language extractors: parsing UTF-8 content, node text by
 * byte offsets, 1-based lines, an iterative walk. Nothing language-specific lives here.
 */
package dev.memlayer.indexer.extract.treesitter;
