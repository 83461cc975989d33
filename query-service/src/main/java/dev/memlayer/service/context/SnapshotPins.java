package dev.memlayer.service.context;

import dev.memlayer.model.snapshot.Freshness;
import dev.memlayer.model.snapshot.SnapshotInfo;
import dev.memlayer.service.read.CommitSnapshots;
import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotMeta;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Project and snapshot resolution for the overview endpoints (explore, delta, symbols, files): a
 * project by id, name or root path, and a snapshot by version number or commit sha prefix, with
 * the same refusals as {@code /v1/context} (404 unknown project or snapshot, 400 malformed or
 * ambiguous snapshot, 503 without a usable database).
 */
@ApplicationScoped
public class SnapshotPins {

    private final SnapshotCatalog catalog;
    private final CommitSnapshots commits;
    private final Clock clock;

    public SnapshotPins(SnapshotCatalog catalog, CommitSnapshots commits, Clock clock) {
        this.catalog = catalog;
        this.commits = commits;
        this.clock = clock;
    }

    /** The latest view of a project; {@code project} must not be blank. */
    public SnapshotView latest(String project) {
        if (project == null || project.isBlank()) {
            throw RequestRejected.badRequest("missing_project", "'project' is required: a project name, id or root path");
        }
        return ProjectResolver.resolve(catalog.state(), project.strip());
    }

    /**
     * The view {@code snapshot} names ({@code field} is the request field, for messages), or
     * {@code latest} when it is null or blank.
     */
    public SnapshotView pin(SnapshotView latest, String snapshot, String field) {
        if (snapshot == null || snapshot.isBlank()) {
            return latest;
        }
        String s = snapshot.strip();
        if (s.matches("\\d{1,6}") && Long.parseLong(s) >= 1) {
            return pin(latest, Optional.of(Long.parseLong(s)), Optional.empty());
        } else if (s.matches("[0-9a-fA-F]{7,64}")) {
            return pin(latest, Optional.empty(), Optional.of(s.toLowerCase(Locale.ROOT)));
        }
        throw RequestRejected.badRequest("invalid_snapshot", "'" + field + "' must be a version number >= 1 or"
                + " a commit sha (at least 7 hex digits), got '" + clip(s) + "'");
    }

    /**
     * The view of an already validated version or commit prefix (at most one is present), or
     * {@code latest} when neither is.
     */
    public SnapshotView pin(SnapshotView latest, Optional<Long> wanted, Optional<String> commitPrefix) {
        if (commitPrefix.isPresent()) {
            wanted = Optional.of(versionOf(latest, commitPrefix.get()));
        }
        if (wanted.isEmpty()) {
            return latest;
        }
        long version = wanted.get();
        if (version == latest.version()) {
            return latest;
        }
        try {
            return catalog.view(latest.project().id(), version).orElseThrow(() -> RequestRejected.notFound(
                    "unknown_snapshot", "project '" + latest.project().name() + "' has no ready snapshot " + version
                            + "; the latest is " + latest.version()));
        } catch (SQLException e) {
            throw unavailable("loading snapshot " + version, e);
        }
    }

    /** How a pinned view is reported, with freshness against the latest version. */
    public SnapshotInfo info(SnapshotView view, long latestVersion) {
        SnapshotMeta m = view.meta();
        long age = m.indexedAt() == null ? 0
                : Math.max(0, Duration.between(m.indexedAt(), clock.instant()).toSeconds());
        return new SnapshotInfo(m.version(), m.commit(), m.branch(), m.dirty(), m.indexedAt(), m.fileCount(),
                new Freshness(m.version() == latestVersion, age, m.dirty()));
    }

    /** A 503 for a database read that failed mid-request. */
    public static RequestRejected unavailable(String what, SQLException e) {
        return new RequestRejected(503, "database_unavailable", what + " failed: " + e.getMessage());
    }

    private long versionOf(SnapshotView latest, String commitPrefix) {
        CommitSnapshots.Match match;
        try {
            match = commits.find(latest.project().id(), commitPrefix);
        } catch (SQLException e) {
            throw unavailable("looking up commit " + commitPrefix, e);
        }
        if (match.commits().size() > 1) {
            throw RequestRejected.badRequest("ambiguous_snapshot", "commit prefix " + commitPrefix + " matches "
                    + match.commits().size() + " indexed commits; give more digits");
        }
        return match.version().orElseThrow(() -> RequestRejected.notFound("unknown_snapshot", "project '"
                + latest.project().name() + "' has no ready snapshot of commit " + commitPrefix
                + "; only indexed commits can be named"));
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
