/**
 * Python: {@link dev.memlayer.indexer.extract.python.PythonExtractor} (tree-sitter facts of
 * {@code .py}/{@code .pyi} files) and {@link dev.memlayer.indexer.extract.python.PythonImportRules}
 * (absolute and relative module imports to repository files). Must not read the disk or the
 * database: content in, facts out; paths and small project files come through the resolve context.
 */
package dev.memlayer.indexer.extract.python;
