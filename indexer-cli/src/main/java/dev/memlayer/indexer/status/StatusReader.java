package dev.memlayer.indexer.status;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.indexer.walk.RepoWalker;
import dev.memlayer.indexer.walk.SkipRules;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.schema.SchemaVerifier;
import dev.memlayer.schema.SqliteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads what is indexed and compares it with the working trees now. Opens the database
 * read-only and never takes the writer lock, so it works while an index run is writing.
 */
public final class StatusReader {

    static final String SELECT_LATEST = "SELECT version, commit_sha, branch, indexed_at, file_count FROM snapshots"
            + " WHERE project_id = ? AND status = 'ready' ORDER BY version DESC LIMIT 1";

    private final Clock clock;
    private final long maxFileBytes;

    public StatusReader(Clock clock, long maxFileBytes) {
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /** Status of the project containing {@code path}, or of every project when {@code all}. */
    public StatusReport read(Path db, Path path, boolean all) {
        if (!Files.isRegularFile(db)) {
            throw new IndexerException("no database at " + db + "; run `memlayer index` first");
        }
        try (Connection c = SqliteSettings.reader(db).getConnection()) {
            SchemaVerifier.verify(c);
            ProjectRegistry registry = new ProjectRegistry(c, clock);
            List<ProjectRef> projects;
            if (all) {
                projects = registry.all();
            } else {
                Path root;
                try (GitWorkTree tree = GitWorkTree.open(path)) {
                    root = tree.root();
                }
                projects = List.of(registry.findByRoot(root).orElseThrow(() -> new IndexerException(
                        root + " is not indexed in " + db + "; run `memlayer index " + root + "`")));
            }
            List<ProjectStatus> statuses = new ArrayList<>();
            for (ProjectRef p : projects) {
                statuses.add(status(c, p));
            }
            return new StatusReport(db.toString(), DatabaseSize.onDisk(db), statuses);
        } catch (SQLException e) {
            throw new IndexerException("cannot read " + db + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexerException("cannot read " + db + ": " + e.getMessage(), e);
        }
    }

    private ProjectStatus status(Connection c, ProjectRef p) throws SQLException, IOException {
        long version = 0;
        String commit = null;
        String branch = null;
        Instant indexedAt = null;
        int files = 0;
        try (PreparedStatement ps = c.prepareStatement(SELECT_LATEST)) {
            ps.setString(1, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    version = rs.getLong(1);
                    commit = rs.getString(2);
                    branch = rs.getString(3);
                    indexedAt = Instant.ofEpochMilli(rs.getLong(4));
                    files = rs.getInt(5);
                }
            }
        }
        Path root = Path.of(p.root());
        if (!Files.isDirectory(root)) {
            return new ProjectStatus(p, version, commit, branch, indexedAt, files, null, false, null, false);
        }
        try (GitWorkTree tree = GitWorkTree.open(root)) {
            String head = tree.headCommit();
            Boolean dirty = tree.repository().isEmpty() ? null
                    : new RepoWalker(new SkipRules(maxFileBytes)).walk(tree.root(), tree.repository()).dirty();
            return new ProjectStatus(p, version, commit, branch, indexedAt, files, head,
                    !Objects.equals(head, commit), dirty, true);
        }
    }
}
