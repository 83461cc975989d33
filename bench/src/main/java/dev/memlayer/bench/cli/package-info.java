/**
 * Thin picocli commands of {@code scripts/bench}: parse options, call one runner, print one JSON object last on
 * stdout; progress goes to stderr.
 */
package dev.memlayer.bench.cli;
