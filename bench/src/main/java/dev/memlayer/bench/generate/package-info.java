/**
 * Synthetic repositories: a plan of N files (six languages, packages, imports that resolve, calls, log-normal
 * sizes) as a pure function of (N, seed), rendered per language, written with JGit as a history of co-changing
 * commits, and cached by size. Task texts for load tests come from the same plan.
 */
package dev.memlayer.bench.generate;
