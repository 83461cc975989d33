/**
 * The SQL schema as ordered, checksummed migrations, and the code around them: {@link
 * dev.memlayer.schema.Migrator} applies them (indexer only), {@link dev.memlayer.schema.SchemaVerifier}
 * checks them (query service, once per database), {@link dev.memlayer.schema.SqliteSettings} opens the
 * file as writer or read-only reader. No DDL lives anywhere else.
 */
package dev.memlayer.schema;
