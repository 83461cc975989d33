/**
 * Symbol search ({@code GET /v1/projects/{project}/symbols}): {@code SymbolSearch} (validate, match,
 * rank), {@code NameIndex} (sorted names and first parts of one view, built once per snapshot
 * version and kept on the view), {@code SymbolRanking} (the score). Reads memory only; no SQL.
 */
package dev.memlayer.service.symbols;
