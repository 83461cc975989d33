package dev.memlayer.service.explore;

import dev.memlayer.service.read.FileDetails;
import dev.memlayer.service.read.FileDetailsReader;
import dev.memlayer.service.read.HistoryReader;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;

/** The {@link Overview} of a view: built on first use, then kept with the view (never per request). */
@ApplicationScoped
public class OverviewBuilder {

    private static final Logger LOG = Logger.getLogger(OverviewBuilder.class);

    private final FileDetailsReader details;
    private final HistoryReader history;

    public OverviewBuilder(FileDetailsReader details, HistoryReader history) {
        this.details = details;
        this.history = history;
    }

    Overview overview(SnapshotView view) throws SQLException {
        return view.derived(Overview.class, this::build);
    }

    private Overview build(SnapshotView view) throws SQLException {
        long start = System.nanoTime();
        FileDetails facts = details.details(view);
        FileStats stats = new FileStats(view);
        Overview o = new Overview(
                ProjectMapBuilder.entryPoints(stats),
                ProjectMapBuilder.hubs(stats),
                List.of(ProjectMapBuilder.directories(stats, 1), ProjectMapBuilder.directories(stats, 2)),
                CodeLayersBuilder.modules(stats),
                CodeLayersBuilder.typeFamilies(stats, facts),
                CodeLayersBuilder.api(stats),
                ProjectFactsBuilder.dependencies(stats, facts),
                ProjectFactsBuilder.tests(stats),
                ProjectFactsBuilder.commits(history.recent(view)));
        LOG.infof("built the overview of %s snapshot %d in %d ms", view.project().name(), view.version(),
                (System.nanoTime() - start) / 1_000_000);
        return o;
    }
}
