/**
 * Walking a working tree: which files a snapshot contains ({@link dev.memlayer.indexer.walk.RepoWalker})
 * and which never enter the database ({@link dev.memlayer.indexer.walk.SkipRules}, the one place for
 * name and size rules: vendored, generated, binary, oversize, and secret names as
 * {@link dev.memlayer.indexer.secrets.SecretRules} defines them). Reads directory entries and stat data only;
 * must not read file contents (except the binary sniff over bytes the caller already read), hash,
 * or touch the database.
 */
package dev.memlayer.indexer.walk;
