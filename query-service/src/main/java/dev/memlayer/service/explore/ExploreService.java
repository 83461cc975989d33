package dev.memlayer.service.explore;

import dev.memlayer.model.api.Budget;
import dev.memlayer.model.api.Timings;
import dev.memlayer.model.api.explore.ExploreRequest;
import dev.memlayer.model.api.explore.ExploreResponse;
import dev.memlayer.service.assemble.TokenEstimator;
import dev.memlayer.service.config.ServiceConfig;
import dev.memlayer.service.context.PlanningSlots;
import dev.memlayer.service.context.RequestRejected;
import dev.memlayer.service.context.SnapshotPins;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.ViewLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/explore}: request in, {@link ExploreResponse} out. Pins one snapshot, takes its
 * {@link Overview} (built once per snapshot version), keeps the query type's layers cut to the
 * detail level, and fits them in the budget. {@code timings_ms.plan} is selection, {@code assemble}
 * is rendering and counting.
 */
@ApplicationScoped
public class ExploreService {

    private final SnapshotPins pins;
    private final OverviewBuilder overviews;
    private final ExploreAssembler assembler;
    private final TokenEstimator tokens;
    private final ServiceConfig.Limits limits;
    private final PlanningSlots slots;

    public ExploreService(SnapshotPins pins, OverviewBuilder overviews, TokenEstimator tokens, ServiceConfig config,
            PlanningSlots slots) {
        this.pins = pins;
        this.slots = slots;
        this.overviews = overviews;
        this.assembler = new ExploreAssembler(tokens);
        this.tokens = tokens;
        this.limits = config.limits();
    }

    /** The response and whether the caller asked for the Markdown body only. */
    public record Answer(ExploreResponse response, boolean markdown) {
    }

    /**
     * A project whose overview was asked for will be asked again: its new view's overview is built on the catalog's
     * thread before the view is served (~100 ms on 5 000 files, which the first explore would otherwise wait).
     * Projects nobody explores cost nothing.
     */
    void warm(@Observes ViewLoaded loaded) {
        if (!loaded.wasUsedBy(ExploreService.class)) {
            return;
        }
        try {
            overviews.overview(loaded.view());
        } catch (SQLException e) {
            throw new IllegalStateException("building the overview: " + e.getMessage(), e);
        }
    }

    public Answer explore(ExploreRequest request) {
        if (request == null) {
            throw RequestRejected.badRequest("malformed_json", "the request body must be a JSON object");
        }
        QueryType type = queryType(request.queryType());
        Detail detail = detail(request.detail());
        int limit = budget(request.budgetTokens());
        boolean markdown = markdown(request.format());
        return slots.run(() -> explore(request, type, detail, limit, markdown));
    }

    /** A valid request's answer, once it has a planning slot (its timings start there). */
    private Answer explore(ExploreRequest request, QueryType type, Detail detail, int limit, boolean markdown) {
        long start = System.nanoTime();
        SnapshotView latest = pins.latest(request.project());
        latest.usedBy(ExploreService.class);
        SnapshotView view = pins.pin(latest, request.snapshot(), "snapshot");
        Overview overview;
        try {
            overview = overviews.overview(view);
        } catch (SQLException e) {
            throw SnapshotPins.unavailable("building the overview", e);
        }
        List<LayerItems> layers = type.layers().stream().map(l -> LayerSlices.of(overview, l, detail)).toList();
        long planned = System.nanoTime();
        String header = ExploreMarkdown.header(view.project().name(), view.version(), view.meta().commit(), type, detail);
        ExploreAssembler.Result result = assembler.assemble(header, layers, limit);
        long end = System.nanoTime();
        ExploreResponse response = new ExploreResponse(view.project(), pins.info(view, latest.version()),
                type.wireName(), detail.wireName(), result.layers(), new Budget(limit, result.used(), tokens.name()),
                result.context(), new Timings(ms(planned - start), ms(end - planned), ms(end - start)));
        return new Answer(response, markdown);
    }

    private static QueryType queryType(String wire) {
        if (wire == null || wire.isBlank()) {
            return QueryType.GENERAL;
        }
        return QueryType.fromWire(wire).orElseThrow(() -> RequestRejected.badRequest("unknown_query_type",
                "'query_type' must be general, bugfix, feature, refactor or incident, got '" + clip(wire) + "'"));
    }

    private static Detail detail(String wire) {
        if (wire == null || wire.isBlank()) {
            return Detail.NORMAL;
        }
        return Detail.fromWire(wire).orElseThrow(() -> RequestRejected.badRequest("unknown_detail",
                "'detail' must be compact, normal or verbose, got '" + clip(wire) + "'"));
    }

    /** The requested budget within the service's limits, or the largest allowed when none was asked. */
    private int budget(Integer requested) {
        if (requested == null) {
            return limits.maxBudget();
        }
        if (requested < limits.minBudget() || requested > limits.maxBudget()) {
            throw RequestRejected.badRequest("budget_out_of_range", "'budget_tokens' must be between "
                    + limits.minBudget() + " and " + limits.maxBudget() + ", got " + requested);
        }
        return requested;
    }

    private static boolean markdown(String format) {
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("markdown")) {
            throw RequestRejected.badRequest("unknown_format", "'format' must be json or markdown, got '"
                    + clip(format) + "'");
        }
        return f.equals("markdown");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
