package dev.memlayer.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The reader's side of {@link Migrator}: checks, never changes. The query service calls it once
 * per database it opens, never per request.
 */
public final class SchemaVerifier {

    private SchemaVerifier() {
    }

    /**
     * Returns the schema version when it is exactly the one this build reads.
     *
     * @throws SchemaException with a one-line reason otherwise
     */
    public static int verify(Connection c) throws SQLException {
        Map<Integer, AppliedMigrations.Row> applied = AppliedMigrations.read(c);
        if (applied.isEmpty()) {
            throw new SchemaException("the database has no memlayer schema yet; run `memlayer index` to create it");
        }
        int newest = AppliedMigrations.checkAgainstBuild(applied);
        if (newest < SchemaVersion.CURRENT) {
            throw new SchemaException("database schema version " + newest + " is older than this memlayer ("
                    + SchemaVersion.CURRENT + "); run `memlayer index` to migrate it");
        }
        return newest;
    }
}
