/**
 * A lexical pass over C-family source bytes (Java, Kotlin, Go, …): comments, string literals and
 * identifier/punctuation tokens, in one linear scan with no JNI and no regex. Extractors use it for
 * the facts that need tokens, not structure (comments, strings, call sites), because with the
 * tree-sitter binding every node access is a JNI round trip of microseconds. Declarations come
 * from the tree; this package never decides what a declaration is.
 */
package dev.memlayer.indexer.extract.scan;
