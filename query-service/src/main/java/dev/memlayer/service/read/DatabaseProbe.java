package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One cheap read through the pool, for readiness: proves a connection can be borrowed and the
 * database answers now, not only when the catalog last polled.
 */
@ApplicationScoped
public class DatabaseProbe {

    /** A small table: retention keeps a few ready rows per project. */
    static final String COUNT_READY = "SELECT count(*) FROM snapshots WHERE status = 'ready'";

    private final ReaderPool pool;

    public DatabaseProbe(ReaderPool pool) {
        this.pool = pool;
    }

    /** Ready snapshots in the database (all projects). */
    public long readySnapshots() throws SQLException {
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(COUNT_READY);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
