/**
 * What git says about a project root: where the work tree starts, HEAD's commit and branch.
 * Read-only over the repository; must not write to {@code .git} (not even the index) and must not
 * run a {@code git} subprocess. The dirty flag is computed by {@code walk.RepoWalker}, in the same
 * pass that lists the files, rather than by a second full {@code Git.status()} walk.
 */
package dev.memlayer.indexer.git;
