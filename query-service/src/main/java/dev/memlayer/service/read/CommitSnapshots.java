package dev.memlayer.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Ready snapshots by the commit they were indexed at (a full sha or a prefix of at least 7 hex digits). */
@ApplicationScoped
public class CommitSnapshots {

    static final String SELECT_BY_COMMIT_PREFIX =
            "SELECT version, commit_sha FROM snapshots"
            + " WHERE project_id = ? AND status = 'ready' AND commit_sha LIKE ? ORDER BY version DESC";

    /** The newest ready version of the one commit the prefix names, if any. */
    public record Match(Optional<Long> version, Set<String> commits) {
    }

    private final ReaderPool pool;

    public CommitSnapshots(ReaderPool pool) {
        this.pool = pool;
    }

    /**
     * The newest ready snapshot of the commit {@code prefix} names; {@code commits} lists every
     * commit the prefix matched, so a caller can tell "none" from "ambiguous".
     */
    public Match find(String projectId, String prefix) throws SQLException {
        String p = prefix.toLowerCase(Locale.ROOT);
        if (!p.matches("[0-9a-f]{7,64}")) {
            throw new IllegalArgumentException("not a commit prefix: " + prefix);
        }
        Set<String> commits = new LinkedHashSet<>();
        Long newest = null;
        try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(SELECT_BY_COMMIT_PREFIX)) {
            ps.setString(1, projectId);
            ps.setString(2, p + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (newest == null) {
                        newest = rs.getLong(1);
                    }
                    commits.add(rs.getString(2));
                }
            }
        }
        return new Match(commits.size() == 1 ? Optional.of(newest) : Optional.empty(), commits);
    }
}
