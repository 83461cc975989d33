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
import dev.memlayer.service.read.DeprecatedSymbols;
import dev.memlayer.service.read.LexicalSearch;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.PastCommitSearch;
import dev.memlayer.service.read.SnapshotCatalog;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.ViewLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/context}: request in, {@link ContextResponse} out. Validates, waits for a
 * {@link PlanningSlots planning slot}, pins one snapshot view (a publish mid-request cannot mix
 * snapshots), plans (parse, classify, rank), assembles under the budget, and owns {@code timings_ms}.
 */
@ApplicationScoped
public class ContextService {

    static final String WARM_UP_TASK =
            "Fix the deprecated parseConfig error: the request handler fails to load the settings file";
    /** A project's recent tasks a new view is warmed with: ~1–2 ms each on the catalog's thread. */
    static final int RECENT_TASKS = 8;

    private final RequestValidator validator;
    private final SnapshotCatalog catalog;
    private final SnapshotPins pins;
    private final BudgetAssembler assembler;
    private final TokenEstimator tokens;
    private final FusionRanker ranker;
    private final PlanningSlots slots;
    private final RecentTasks recent = new RecentTasks(RECENT_TASKS);

    public ContextService(RequestValidator validator, SnapshotCatalog catalog, SnapshotPins pins,
            BudgetAssembler assembler, TokenEstimator tokens, LexicalSearch lexical, PastCommitSearch pastCommits,
            DeprecatedSymbols deprecated, PlanningSlots slots) {
        this.validator = validator;
        this.slots = slots;
        this.catalog = catalog;
        this.pins = pins;
        this.assembler = assembler;
        this.tokens = tokens;
        this.ranker = FusionRanker.standard(lexical, pastCommits, deprecated);
    }

    /**
     * Builds a project's new latest view's per-view planning indexes (path ranks, graph neighbours, compound names,
     * deprecated symbols, …) and its recent tasks' term scores on the catalog's thread, so the first requests of
     * the view do not; only for a project whose previous view answered a request (not at start, not for projects
     * nobody asks about). The fixed task reaches each index: plain words, a compound identifier, a deprecation.
     */
    void warm(@Observes ViewLoaded loaded) {
        if (!loaded.wasUsedBy(ContextService.class)) {
            return;
        }
        ranker.rank(TaskParser.parse(WARM_UP_TASK), loaded.view(), Intent.BUGFIX, List.of());
        for (String task : recent.of(loaded.view().project().id())) {
            ranker.rank(TaskParser.parse(task), loaded.view(), IntentClassifier.classify(task, Optional.empty()),
                    List.of());
        }
    }

    /** The answer, or {@link RequestRejected} for bad input, unknown names, or no database. */
    public Answer answer(ContextRequest raw) {
        ValidRequest request = validator.validate(raw);
        return slots.run(() -> answer(request));
    }

    /** A valid request's answer; its timings start once it has a planning slot. */
    private Answer answer(ValidRequest request) {
        long start = System.nanoTime();
        CatalogState state = catalog.state();
        SnapshotView latest = ProjectResolver.resolve(state, request.project());
        latest.usedBy(ContextService.class);
        recent.add(latest.project().id(), request.task());
        SnapshotView view = pins.pin(latest, request.snapshotVersion(), request.snapshotCommit());

        TaskQuery query = TaskParser.parse(request.task())
                .withPinned(ProjectResolver.relativize(view.project().root(), request.pinned()));
        Intent intent = IntentClassifier.classify(request.task(), request.intent());
        RankedCandidates candidates = ranker.rank(query, view, intent, request.exclude());
        long planned = System.nanoTime();

        Assembly assembly;
        try {
            assembly = assembler.assemble(view, candidates.ranked(), query, request.budgetTokens(), Neighbours.of(view));
        } catch (SQLException e) {
            throw SnapshotPins.unavailable("reading file contents", e);
        }
        long assembled = System.nanoTime();

        List<Omitted> omitted = new ArrayList<>(assembly.omitted());
        candidates.excluded().forEach(rf -> omitted.add(new Omitted(rf.file().path(), 0, rf.score(), "excluded")));
        // a pinned path the snapshot does not hold (a typo, a file added since): said here and in the Markdown
        view.missing(query.pinned()).forEach(path -> omitted.add(new Omitted(path, 0, 0, "not_found")));
        ContextResponse response = new ContextResponse(
                view.project(),
                pins.info(view, latest.version()),
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

    private static List<FileEntry> entries(Assembly assembly) {
        List<FileEntry> files = new ArrayList<>();
        for (int k = 0; k < assembly.files().size(); k++) {
            AssembledFile af = assembly.files().get(k);
            RankedFile rf = af.ranked();
            files.add(new FileEntry(rf.file().path(), assembly.ranks().get(k), rf.score(), rf.reasons(),
                    af.representation().wireName(), af.tokens(), af.symbols().stream()
                            .map(sy -> new SymbolEntry(sy.kind(), sy.name(), sy.signature(), sy.lineStart(),
                                    sy.lineEnd()))
                            .toList(), af.tests()));
        }
        return files;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
