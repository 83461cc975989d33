package dev.memlayer.indexer.reindex;

import dev.memlayer.indexer.IndexerException;
import dev.memlayer.indexer.pipeline.Indexer;
import dev.memlayer.indexer.project.ProjectRegistry;
import dev.memlayer.model.snapshot.ProjectRef;
import dev.memlayer.schema.SchemaException;
import dev.memlayer.schema.SchemaVerifier;
import dev.memlayer.schema.SqliteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The service behind {@code memlayer reindex --all}. */
@ApplicationScoped
public class Reindexer {

    private final Indexer indexer;
    private final Clock clock;

    public Reindexer(Indexer indexer, Clock clock) {
        this.indexer = indexer;
        this.clock = clock;
    }

    /**
     * Indexes every registered project in name order, reporting each outcome as it happens.
     *
     * @throws IndexerException when there is no usable database to read the projects from
     */
    public List<ReindexOutcome> all(String dbOption, boolean full, Consumer<ReindexOutcome> each) {
        Path db = indexer.database(dbOption);
        List<ReindexOutcome> outcomes = new ArrayList<>();
        for (ProjectRef p : projects(db)) {
            ReindexOutcome outcome = one(p, db, full);
            outcomes.add(outcome);
            each.accept(outcome);
        }
        return outcomes;
    }

    private ReindexOutcome one(ProjectRef p, Path db, boolean full) {
        if (!Files.isDirectory(Path.of(p.root()))) {
            return ReindexOutcome.skipped(p, "root " + p.root() + " is gone");
        }
        try {
            return ReindexOutcome.indexed(p, indexer.index(p.root(), db.toString(), full, null, false));
        } catch (IndexerException | SchemaException e) {
            return ReindexOutcome.failed(p, e.getMessage());
        }
    }

    private List<ProjectRef> projects(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new IndexerException("no database at " + db + "; run `memlayer index PATH` first");
        }
        try (Connection c = SqliteSettings.reader(db).getConnection()) {
            SchemaVerifier.verify(c);
            return new ProjectRegistry(c, clock).all();
        } catch (SQLException e) {
            throw new IndexerException("cannot read " + db + ": " + e.getMessage(), e);
        }
    }
}
