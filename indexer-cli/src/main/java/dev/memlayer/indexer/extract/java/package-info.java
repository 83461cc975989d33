/**
 * Java: {@link dev.memlayer.indexer.extract.java.JavaExtractor} (tree-sitter query for
 * declarations, imports and super types; the lexical scanner for comments, strings and call sites)
 * and {@link dev.memlayer.indexer.extract.java.JavaImportRules} (imports → files by package
 * directories). Nothing here touches the database or the disk.
 */
package dev.memlayer.indexer.extract.java;
