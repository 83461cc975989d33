/**
 * The matrix runner, results.json, the markdown report that puts the old tool's rows beside memlayer's, and its
 * JFreeChart PNGs.
 */
package dev.memlayer.bench.report;
