package dev.memlayer.indexer.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.config.IndexerConfig;
import dev.memlayer.indexer.git.GitWorkTree;
import dev.memlayer.indexer.hook.HookReport;
import dev.memlayer.indexer.hook.HookState;
import dev.memlayer.indexer.hook.Hooks;
import dev.memlayer.indexer.pipeline.Indexer;
import dev.memlayer.indexer.status.ProjectStatus;
import dev.memlayer.indexer.status.StatusReader;
import dev.memlayer.schema.SchemaException;
import dev.memlayer.schema.SchemaVerifier;
import dev.memlayer.schema.SqliteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The service behind {@code memlayer doctor}: database, snapshot freshness, hooks, service, in that order. */
@ApplicationScoped
public class Doctor {

    static final String QUICK_CHECK = "PRAGMA quick_check";

    private final IndexerConfig config;
    private final Indexer indexer;
    private final Hooks hooks;
    private final Clock clock;
    private final ServiceProbe service;

    public Doctor(IndexerConfig config, Indexer indexer, Hooks hooks, Clock clock, ObjectMapper mapper) {
        this.config = config;
        this.indexer = indexer;
        this.hooks = hooks;
        this.clock = clock;
        this.service = new ServiceProbe(mapper);
    }

    /**
     * @param serviceUrl the service's base URL, or null for {@code memlayer.service-url} / port 7700
     */
    public List<Finding> check(String path, String dbOption, String serviceUrl) {
        Path db = indexer.database(dbOption);
        Path root = root(path);
        List<Finding> findings = new ArrayList<>();
        Finding database = database(db, root);
        findings.add(database);
        if (database.level() == Finding.Level.OK) {
            findings.add(snapshot(db, root));
        }
        findings.addAll(hooks(root, db));
        findings.add(service.probe(serviceUrl != null ? serviceUrl
                : config.serviceUrl().orElse("http://127.0.0.1:" + config.port()), db));
        return findings;
    }

    private static Path root(String path) {
        try (GitWorkTree tree = GitWorkTree.open(Path.of(path))) {
            return tree.root();
        }
    }

    private static Finding database(Path db, Path root) {
        if (!Files.isRegularFile(db)) {
            return Finding.fail("database", "no database at " + db, "memlayer index " + root + " --db " + db);
        }
        try (Connection c = SqliteSettings.reader(db).getConnection()) {
            String integrity = quickCheck(c);
            if (!integrity.equals("ok")) {
                return Finding.fail("database", db + " is damaged: " + integrity,
                        "mv " + db + " " + db + ".damaged && memlayer index " + root + " --db " + db);
            }
            int version = SchemaVerifier.verify(c);
            return Finding.ok("database", db + ": integrity ok, schema version " + version);
        } catch (SchemaException e) {
            return Finding.fail("database", e.getMessage(), "memlayer index " + root + " --db " + db);
        } catch (SQLException e) {
            return Finding.fail("database", "cannot read " + db + ": " + e.getMessage(),
                    "mv " + db + " " + db + ".damaged && memlayer index " + root + " --db " + db);
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(QUICK_CHECK)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return String.join("; ", rows);
    }

    private Finding snapshot(Path db, Path root) {
        String fix = "memlayer index " + root + " --db " + db;
        ProjectStatus p;
        try {
            p = new StatusReader(clock, config.maxFileBytes()).read(db, root, false).projects().get(0);
        } catch (IndexerException e) {
            return Finding.warn("snapshot", root + " is not indexed", fix);
        }
        if (p.version() == 0) {
            return Finding.warn("snapshot", p.project().name() + " has no ready snapshot", fix);
        }
        String at = "v" + p.version() + " @ " + shortSha(p.commit());
        if (p.headMoved()) {
            return Finding.warn("snapshot", p.project().name() + " snapshot " + at + " is behind HEAD "
                    + shortSha(p.head()), fix);
        }
        return Finding.ok("snapshot", p.project().name() + " snapshot " + at + " is at HEAD"
                + (Boolean.TRUE.equals(p.dirtyNow()) ? " (the working tree has uncommitted changes)" : ""));
    }

    private List<Finding> hooks(Path root, Path db) {
        HookReport report;
        try {
            report = hooks.status(root.toString(), db.toString());
        } catch (IndexerException e) {
            return List.of(Finding.ok("hooks", "not a git repository: no hooks; keep it fresh from cron "
                    + "(scripts/crontab.example)"));
        }
        String install = "memlayer hook install " + root + " --db " + db;
        List<Finding> findings = new ArrayList<>();
        for (HookState h : report.hooks()) {
            findings.add(switch (h.state()) {
                case MISSING, FOREIGN -> Finding.warn(h.hook(), "not installed in " + report.hooksDir(), install);
                case NOT_EXECUTABLE -> Finding.fail(h.hook(), h.file() + " is not executable: git skips it",
                        "chmod +x " + h.file());
                case INSTALLED -> installed(h, db, install);
            });
        }
        return findings;
    }

    private static Finding installed(HookState h, Path db, String install) {
        if (!h.launcherPresent()) {
            return Finding.fail(h.hook(), "its launcher " + h.launcher() + " is gone, so it does nothing", install);
        }
        if (h.db() != null && !Path.of(h.db()).equals(db)) {
            return Finding.warn(h.hook(), "indexes into " + h.db() + ", not " + db, install);
        }
        return Finding.ok(h.hook(), "installed and executable" + (h.chained() ? ", calls your previous hook" : ""));
    }

    private static String shortSha(String sha) {
        return sha == null ? "none" : sha.substring(0, Math.min(7, sha.length()));
    }
}
