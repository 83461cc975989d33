/**
 * Go: {@link dev.memlayer.indexer.extract.golang.GoExtractor} (tree-sitter query for
 * declarations, imports and embedding; the lexical scanner for comments, strings and call sites)
 * and {@link dev.memlayer.indexer.extract.golang.GoImportRules} (import paths → package directories
 * through the module path of the nearest {@code go.mod}). Nothing here touches the database or disk.
 */
package dev.memlayer.indexer.extract.golang;
