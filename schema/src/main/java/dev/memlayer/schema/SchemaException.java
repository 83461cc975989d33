package dev.memlayer.schema;

/**
 * The database cannot be used by this build (newer schema, altered migration, not a memlayer
 * database). The message is one line meant for a human; callers print it without a stack trace.
 */
public final class SchemaException extends RuntimeException {

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
