package dev.memlayer.service.symbols;

import dev.memlayer.model.api.symbols.SymbolHit;
import dev.memlayer.model.api.symbols.SymbolSearchResponse;
import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.model.text.IdentifierSplitter;
import dev.memlayer.service.context.RequestRejected;
import dev.memlayer.service.context.SnapshotPins;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.ViewLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Symbol search over one snapshot: exact, prefix and camelCase-hump matches ({@code HCon} →
 * {@code HttpConnection}), ranked. Works on the view's {@link NameIndex}, built once per snapshot
 * version on first use; a request reads memory only.
 */
@ApplicationScoped
public class SymbolSearch {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    static final int MAX_QUERY_CHARS = 200;
    /** Kinds the extractors write (schema V2); a view may add its own. */
    static final Set<String> KNOWN_KINDS = Set.of("class", "interface", "enum", "record", "annotation", "struct",
            "trait", "type", "function", "method", "constructor", "field", "property", "constant", "variable",
            "module", "object", "macro", "impl");

    private final SnapshotPins pins;

    public SymbolSearch(SnapshotPins pins) {
        this.pins = pins;
    }

    /**
     * A project whose symbols were searched will be searched again: its new view's name index is built on the
     * catalog's thread before the view is served (~90 ms on 5 000 files, which the first search would wait).
     */
    void warm(@Observes ViewLoaded loaded) {
        if (loaded.wasUsedBy(SymbolSearch.class)) {
            index(loaded.view());
        }
    }

    /** {@link #search(String, String, String, Integer, String)} on the latest snapshot. */
    public SymbolSearchResponse search(String project, String q, String kind, Integer limit) {
        return search(project, q, kind, limit, null);
    }

    /**
     * The best {@code limit} symbols of {@code project}'s snapshot for {@code q}; {@code kind},
     * {@code limit} and {@code snapshot} may be null (any kind, {@value #DEFAULT_LIMIT}, latest).
     */
    public SymbolSearchResponse search(String project, String q, String kind, Integer limit, String snapshot) {
        long start = System.nanoTime();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw RequestRejected.badRequest("missing_query", "'q' is required: a symbol name, prefix or camelCase humps");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw RequestRejected.badRequest("query_too_long", "'q' has " + query.length() + " characters; the limit is "
                    + MAX_QUERY_CHARS);
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw RequestRejected.badRequest("limit_out_of_range", "'limit' must be between 1 and " + MAX_LIMIT
                    + ", got " + max);
        }
        SnapshotView latest = pins.latest(project);
        latest.usedBy(SymbolSearch.class);
        SnapshotView view = pins.pin(latest, snapshot, "snapshot");
        NameIndex index = index(view);
        String wantedKind = kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (wantedKind != null && !KNOWN_KINDS.contains(wantedKind) && !index.kinds().contains(wantedKind)) {
            throw RequestRejected.badRequest("unknown_kind", "'kind' must be one of " + new java.util.TreeSet<>(
                    KNOWN_KINDS) + ", got '" + (kind.length() > 40 ? kind.substring(0, 40) + "…" : kind) + "'");
        }
        Matches matches = new Matches(view, query, wantedKind, max);
        String lower = query.toLowerCase(Locale.ROOT);
        index.withNamePrefix(lower, o -> matches.offer(o, o.lowerName().equals(lower) ? Tier.EXACT : Tier.PREFIX));
        String[] humps = IdentifierSplitter.parts(query).toArray(String[]::new);
        if (humps.length >= 2) {
            index.withFirstPartPrefix(humps[0], o -> {
                if (!o.lowerName().startsWith(lower) && NameIndex.humpsMatch(humps, o.parts())) {
                    matches.offer(o, NameIndex.humpsContiguous(humps, o.parts()) ? Tier.HUMP : Tier.HUMP_GAPPED);
                }
            });
        }
        return new SymbolSearchResponse(view.project(), pins.info(view, latest.version()), query, wantedKind,
                matches.total(), matches.best(), Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0);
    }

    private static NameIndex index(SnapshotView view) {
        try {
            return view.derived(NameIndex.class, NameIndex::build);
        } catch (SQLException e) {
            throw SnapshotPins.unavailable("building the symbol index", e);
        }
    }

    /** How a name matched, best first; the base of the score. */
    enum Tier {
        EXACT("exact", 4), PREFIX("prefix", 3), HUMP("hump", 2), HUMP_GAPPED("hump", 1);

        final String wire;
        final double base;

        Tier(String wire, double base) {
            this.wire = wire;
            this.base = base;
        }
    }

    /** The best hits seen so far (a bounded heap, worst on top) and how many matched at all. */
    private static final class Matches {
        private static final Comparator<SymbolHit> BEST_FIRST = Comparator.comparingDouble(SymbolHit::score).reversed()
                .thenComparing(SymbolHit::name).thenComparing(SymbolHit::path).thenComparingInt(SymbolHit::lineStart);

        private final SnapshotView view;
        private final String query;
        private final String kind;
        private final int limit;
        private final PriorityQueue<SymbolHit> heap;
        private final Map<Integer, Boolean> testFiles = new HashMap<>();
        private int total;

        Matches(SnapshotView view, String query, String kind, int limit) {
            this.view = view;
            this.query = query;
            this.kind = kind;
            this.limit = limit;
            this.heap = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        }

        void offer(NameIndex.Occurrence o, Tier tier) {
            if (kind != null && !kind.equals(o.symbol().kind())) {
                return;
            }
            total++;
            boolean test = testFiles.computeIfAbsent(o.file(), f -> TestPaths.isTest(view.files().get(f).path()));
            SymbolHit hit = SymbolRanking.hit(view.files().get(o.file()).path(), o.symbol(), query, tier, test);
            heap.add(hit);
            if (heap.size() > limit) {
                heap.poll();
            }
        }

        int total() {
            return total;
        }

        List<SymbolHit> best() {
            List<SymbolHit> out = new ArrayList<>(heap);
            out.sort(BEST_FIRST);
            return out;
        }
    }
}
