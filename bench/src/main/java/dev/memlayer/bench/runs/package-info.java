/**
 * What a benchmark runs on (a cached synthetic repository or any work tree, copied into a throw-away workspace)
 * and the smoke run that CI executes.
 */
package dev.memlayer.bench.runs;
