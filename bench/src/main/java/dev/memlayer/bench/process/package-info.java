/**
 * Processes as the user runs them ({@code scripts/memlayer}, {@code scripts/memlayer-serve}) and what the
 * benchmark reads about them: wall and CPU time, peak and current RSS, the machine's load.
 */
package dev.memlayer.bench.process;
