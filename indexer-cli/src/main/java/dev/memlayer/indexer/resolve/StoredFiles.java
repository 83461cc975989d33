package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.snapshot.ContentCodec;
import java.nio.charset.StandardCharsets;
import dev.memlayer.schema.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ResolveContext} of one snapshot being built: its paths, and file text read from the
 * stored contents (never from disk, so resolution sees exactly the snapshot). Text is cached per
 * path; rules ask for a handful of small project files (go.mod, tsconfig.json, Cargo.toml).
 */
public final class StoredFiles implements ResolveContext {

    static final String SELECT_TEXT = "SELECT c.compression, c.data FROM manifest m"
            + " JOIN contents c ON c.content_hash = m.content_hash WHERE " + SnapshotRows.visibleIn("m")
            + " AND m.path = ?";

    private final Connection c;
    private final long snapshotId;
    private final PathIndex paths;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    public StoredFiles(Connection c, long snapshotId, PathIndex paths) {
        this.c = c;
        this.snapshotId = snapshotId;
        this.paths = paths;
    }

    @Override
    public PathIndex paths() {
        return paths;
    }

    @Override
    public Optional<String> text(String path) {
        return cache.computeIfAbsent(path, this::load);
    }

    private Optional<String> load(String path) {
        if (!paths.exists(path)) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT_TEXT)) {
            ps.setLong(1, snapshotId);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] data = rs.getBytes(2);
                byte[] raw = ContentCodec.DEFLATE.equals(rs.getString(1)) ? ContentCodec.inflate(data) : data;
                return Optional.of(new String(raw, StandardCharsets.UTF_8));
            }
        } catch (SQLException e) {
            throw new IndexerException("reading " + path + " from the database: " + e.getMessage(), e);
        }
    }
}
