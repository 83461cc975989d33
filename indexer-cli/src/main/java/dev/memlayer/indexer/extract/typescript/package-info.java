/**
 * TypeScript, TSX and JavaScript: {@link dev.memlayer.indexer.extract.typescript.TypeScriptExtractor}
 * (one extractor, the right tree-sitter grammar per language) and {@link
 * dev.memlayer.indexer.extract.typescript.TypeScriptImportRules} (relative specifiers, index files,
 * tsconfig/jsconfig {@code baseUrl} and {@code paths}). Must not read the disk: project files come
 * through the resolve context.
 */
package dev.memlayer.indexer.extract.typescript;
