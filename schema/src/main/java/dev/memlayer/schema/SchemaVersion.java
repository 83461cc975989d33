package dev.memlayer.schema;

/** The schema version this build reads and writes: the number of its newest migration. */
public final class SchemaVersion {

    /** Bump together with a new {@code db/migration/V<n>__….sql} listed in {@link Migrations}. */
    public static final int CURRENT = 7;

    private SchemaVersion() {
    }
}
