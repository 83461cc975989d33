/**
 * Kotlin: {@link dev.memlayer.indexer.extract.kotlin.KotlinExtractor} (tree-sitter query for
 * declarations, imports and supertypes; the lexical scanner for comments, strings and call sites)
 * and {@link dev.memlayer.indexer.extract.kotlin.KotlinImportRules} (imports → {@code .kt} and
 * {@code .java} files; Kotlin directories need not mirror packages, so candidates are checked
 * against their {@code package} line). Nothing here touches the database or the disk.
 */
package dev.memlayer.indexer.extract.kotlin;
