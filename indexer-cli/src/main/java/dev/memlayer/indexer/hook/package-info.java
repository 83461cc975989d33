/**
 * Git hooks that keep snapshots fresh: {@link dev.memlayer.indexer.hook.GitHookInstaller} writes
 * post-commit, post-merge, post-checkout and post-rewrite scripts ({@link dev.memlayer.indexer.hook.HookScript})
 * that start {@code memlayer hook run} in the background, chaining any hook the user had;
 * {@link dev.memlayer.indexer.hook.HookRun} is that background run. A hook must never slow down or
 * fail a git command: the scripts return at once, and do nothing when the launcher is gone.
 */
package dev.memlayer.indexer.hook;
