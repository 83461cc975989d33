/**
 * Rust: {@link dev.memlayer.indexer.extract.rust.RustExtractor} (tree-sitter facts of {@code .rs}
 * files: items, impls, {@code use} trees, {@code mod} declarations, calls and macros) and {@link
 * dev.memlayer.indexer.extract.rust.RustImportRules} ({@code crate::}/{@code self::}/{@code super::}
 * paths and {@code mod foo;} to files, crate roots from the nearest {@code Cargo.toml}). Content in,
 * facts out: no disk, no database.
 */
package dev.memlayer.indexer.extract.rust;
