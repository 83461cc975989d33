package dev.memlayer.indexer.project;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.model.text.ProjectIds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registered projects: the stable id ({@link ProjectIds#fromCanonicalRoot}) and a unique name
 * (the folder name, or {@code name-<first 6 of id>} when another root already has it).
 */
public final class ProjectRegistry {

    static final String SELECT_BY_ROOT = "SELECT id, name, root FROM projects WHERE root = ?";
    static final String SELECT_BY_ID = "SELECT id, name, root FROM projects WHERE id = ?";
    static final String SELECT_ALL = "SELECT id, name, root FROM projects ORDER BY name";
    static final String NAME_TAKEN = "SELECT 1 FROM projects WHERE name = ?";
    static final String INSERT = "INSERT INTO projects (id, name, root, created_at) VALUES (?, ?, ?, ?)";

    private static final int SUFFIX_CHARS = 6;

    private final Connection c;
    private final Clock clock;

    public ProjectRegistry(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** Returns the project of a canonical root, registering it on first sight. */
    public ProjectRef register(Path canonicalRoot) throws SQLException {
        String root = canonicalRoot.toString();
        Optional<ProjectRef> known = findByRoot(canonicalRoot);
        if (known.isPresent()) {
            return known.get();
        }
        String id = ProjectIds.fromCanonicalRoot(canonicalRoot);
        Optional<ProjectRef> sameId = one(SELECT_BY_ID, id);
        if (sameId.isPresent()) {
            throw new IndexerException("project id " + id + " of " + root + " is already used by "
                    + sameId.get().root());
        }
        String name = uniqueName(folderName(canonicalRoot), id);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, root);
            ps.setLong(4, clock.millis());
            ps.executeUpdate();
        }
        return new ProjectRef(id, name, root);
    }

    public Optional<ProjectRef> findByRoot(Path canonicalRoot) throws SQLException {
        return one(SELECT_BY_ROOT, canonicalRoot.toString());
    }

    public List<ProjectRef> all() throws SQLException {
        List<ProjectRef> projects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_ALL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                projects.add(new ProjectRef(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return projects;
    }

    private String uniqueName(String base, String id) throws SQLException {
        for (String candidate : List.of(base, base + "-" + id.substring(0, SUFFIX_CHARS), base + "-" + id)) {
            if (!nameTaken(candidate)) {
                return candidate;
            }
        }
        throw new IndexerException("no unique name left for project " + base + " (" + id + ")");
    }

    private boolean nameTaken(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NAME_TAKEN)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Optional<ProjectRef> one(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ProjectRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static String folderName(Path root) {
        Path name = root.getFileName();
        return name == null ? "root" : name.toString();
    }
}
