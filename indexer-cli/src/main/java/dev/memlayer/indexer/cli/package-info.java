/**
 * The command line: picocli commands that parse arguments, call one service, and print its result;
 * exit codes ({@link dev.memlayer.indexer.cli.ExitCode}) and one-line errors
 * ({@link dev.memlayer.indexer.cli.ErrorLine}) are mapped once in
 * {@link dev.memlayer.indexer.cli.CommandLineSetup}. Must not contain SQL, git or indexing logic.
 */
package dev.memlayer.indexer.cli;
