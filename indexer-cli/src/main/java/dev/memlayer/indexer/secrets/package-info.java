/**
 * Secrets never enter the database. {@link dev.memlayer.indexer.secrets.SecretRules} is the one place
 * that knows what a secret looks like: file names (keys, certificates, keystores, credential files,
 * {@code .env*}), content that makes a whole file a secret (a private key block), and secret values
 * inside otherwise ordinary text (cloud keys, tokens, password assignments), which are masked before
 * the text is hashed, stored, indexed or parsed. Pure functions over names and bytes: no I/O.
 */
package dev.memlayer.indexer.secrets;
