package dev.memlayer.service.context;

import dev.memlayer.model.api.Budget;
import dev.memlayer.model.api.ContextRequest;
import dev.memlayer.model.api.ContextResponse;
import dev.memlayer.model.api.FileEntry;
import dev.memlayer.model.api.Intent;
import dev.memlayer.model.api.IntentInfo;
import dev.memlayer.model.api.Omitted;
import dev.memlayer.model.api.SymbolEntry;
import dev.memlayer.model.api.Timings;
import dev.memlayer.model.snapshot.Freshness;
import dev.memlayer.model.snapshot.SnapshotInfo;
import dev.memlayer.service.assemble.AssembledFile;
import dev.memlayer.service.assemble.Assembly;
import dev.memlayer.service.assemble.BudgetAssembler;
import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.plan.IntentClassifier;
import dev.memlayer.service.plan.Mention;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.FusionRanker;
import dev.memlayer.service.rank.RankedCandidates;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CatalogState;
import dev.memlayer.service.read.CommitSnapshots;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotMeta;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/context}: request in, {@link ContextResponse} out. Pins one snapshot view at
 * entry (a publish mid-request cannot mix snapshots), plans (parse, classify, rank), assembles
 * under the budget, and owns {@code timings_ms}.
 */
@ApplicationScoped
public class ContextService {

    private final RequestValidator validator;
    private final SnapshotCatalog catalog;
    private final BudgetAssembler assembler;
    private final CommitSnapshots commits;
    private final TokenEstimator tokens;
    private final Clock clock;
    private final FusionRanker ranker;

    public ContextService(RequestValidator validator, SnapshotCatalog catalog, BudgetAssembler assembler,
            CommitSnapshots commits, TokenEstimator tokens, Clock clock, LexicalSearch lexical) {
        this.validator = validator;
        this.catalog = catalog;
        this.assembler = assembler;
        this.commits = commits;
        this.tokens = tokens;
        this.clock = clock;
        this.ranker = FusionRanker.standard(lexical);
    }

    /** The answer, or {@link RequestRejected} for bad input, unknown names, or no database. */
    public Answer answer(ContextRequest raw) {
        long start = System.nanoTime();
        ValidRequest request = validator.validate(raw);
        CatalogState state = catalog.state();
        SnapshotView latest = ProjectResolver.resolve(state, request.project());
        SnapshotView view = pin(latest, request);

        TaskQuery query = TaskParser.parse(request.task())
                .withPinned(ProjectResolver.relativize(view.project().root(), request.pinned()));
        Intent intent = IntentClassifier.classify(request.task(), request.intent());
        RankedCandidates candidates = ranker.rank(query, view, intent, request.exclude());
        long planned = System.nanoTime();

        Assembly assembly;
        try {
            assembly = assembler.assemble(view.project().name(), view.version(), view.meta().commit(),
                    candidates.ranked(), query, request.budgetTokens());
        } catch (SQLException e) {
            throw new RequestRejected(503, "database_unavailable", "reading file contents failed: " + e.getMessage());
        }
        long assembled = System.nanoTime();

        List<Omitted> omitted = new ArrayList<>(assembly.omitted());
        candidates.excluded().forEach(rf -> omitted.add(new Omitted(rf.file().path(), rf.score(), "excluded")));
        ContextResponse response = new ContextResponse(
                view.project(),
                info(view, latest.version()),
                new IntentInfo(intent.wireName(), query.terms(), query.mentions().stream().map(Mention::text).toList()),
                entries(assembly),
                omitted,
                new Budget(request.budgetTokens(), assembly.used(), tokens.name()),
                assembly.context(),
                new Timings(ms(planned - start), ms(assembled - planned), ms(System.nanoTime() - start)));
        return new Answer(response, request.markdown());
    }

    /** The response and whether the caller asked for the Markdown body only. */
    public record Answer(ContextResponse response, boolean markdown) {
    }

    private SnapshotView pin(SnapshotView latest, ValidRequest request) {
        Optional<Long> wanted = request.snapshotVersion();
        if (request.snapshotCommit().isPresent()) {
            wanted = Optional.of(versionOf(latest, request.snapshotCommit().get()));
        }
        if (wanted.isEmpty() || wanted.get() == latest.version()) {
            return latest;
        }
        long version = wanted.get();
        try {
            return catalog.view(latest.project().id(), version).orElseThrow(() -> RequestRejected.notFound(
                    "unknown_snapshot", "project '" + latest.project().name() + "' has no ready snapshot " + version
                            + "; the latest is " + latest.version()));
        } catch (SQLException e) {
            throw new RequestRejected(503, "database_unavailable", "loading snapshot " + version + " failed: "
                    + e.getMessage());
        }
    }

    /** The newest ready version indexed at the commit the prefix names; 404 when none, 400 when ambiguous. */
    private long versionOf(SnapshotView latest, String commitPrefix) {
        CommitSnapshots.Match match;
        try {
            match = commits.find(latest.project().id(), commitPrefix);
        } catch (SQLException e) {
            throw new RequestRejected(503, "database_unavailable", "looking up commit " + commitPrefix + " failed: "
                    + e.getMessage());
        }
        if (match.commits().size() > 1) {
            throw RequestRejected.badRequest("ambiguous_snapshot", "commit prefix " + commitPrefix + " matches "
                    + match.commits().size() + " indexed commits; give more digits");
        }
        return match.version().orElseThrow(() -> RequestRejected.notFound("unknown_snapshot", "project '"
                + latest.project().name() + "' has no ready snapshot of commit " + commitPrefix));
    }

    private SnapshotInfo info(SnapshotView view, long latestVersion) {
        SnapshotMeta m = view.meta();
        long age = m.indexedAt() == null ? 0
                : Math.max(0, Duration.between(m.indexedAt(), clock.instant()).toSeconds());
        return new SnapshotInfo(m.version(), m.commit(), m.branch(), m.dirty(), m.indexedAt(), m.fileCount(),
                new Freshness(m.version() == latestVersion, age, m.dirty()));
    }

    private static List<FileEntry> entries(Assembly assembly) {
        List<FileEntry> files = new ArrayList<>();
        int rank = 1;
        for (AssembledFile af : assembly.files()) {
            RankedFile rf = af.ranked();
            files.add(new FileEntry(rf.file().path(), rank++, rf.score(), rf.reasons(),
                    af.representation().wireName(), af.tokens(), af.symbols().stream()
                            .map(sy -> new SymbolEntry(sy.kind(), sy.name(), sy.signature(), sy.lineStart(),
                                    sy.lineEnd()))
                            .toList()));
        }
        return files;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
