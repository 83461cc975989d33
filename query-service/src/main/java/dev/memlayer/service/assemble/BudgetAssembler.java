package dev.memlayer.service.assemble;

import dev.memlayer.model.api.Omitted;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.rank.RankedFile;
import dev.memlayer.service.read.CallReader;
import dev.memlayer.service.read.ContentReader;
import dev.memlayer.service.read.FileSymbols;
import dev.memlayer.service.read.Neighbours;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.render.MarkdownRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fills the budget in rank order: each file gets the section {@link SectionChooser} picks within
 * what is left, or is omitted. Each piece of the context (header, contents title, a file's
 * contents line and section, end marker) is counted once, and pieces add exactly: every piece
 * ends with a newline and starts with a non-blank character, so cl100k's pre-split never joins
 * two of them (the property test checks sum = whole on random assemblies). The joined text is
 * counted again only when the sum comes near the limit; then trailing sections are dropped
 * until it fits, so {@code used ≤ limit} holds on the final text whatever the tokenizer does.
 */
@ApplicationScoped
public class BudgetAssembler {

    /** Files included at most, whatever the budget; further ones are omitted as {@code threshold}. */
    static final int MAX_FILES = 50;
    /** The first files, whose calls pick what later files show ({@link CallFocus}). */
    static final int ANCHORS = 2;
    /** Files given a call focus at most: beyond them the answer shows paths and outlines anyway. */
    static final int CALL_FOCUSED = 20;
    /** The first files, whose contents lines name their tests: the ones an agent most likely changes. */
    static final int TEST_HINTS = 3;
    /** Ranked files examined at most; {@code files} and {@code omitted} partition this prefix. */
    public static final int MAX_EXAMINED = 200;
    /** Within this many tokens of the limit, the joined text is counted as a whole (a safety check). */
    static final int NEAR_LIMIT_TOKENS = 8;
    static final double NEAR_LIMIT_SHARE = 0.02;

    private final SectionChooser chooser;
    private final ContentReader contents;
    private final CallReader calls;
    private final TokenEstimator tokens;

    public BudgetAssembler(ContentReader contents, CallReader calls, TokenEstimator tokens) {
        this.chooser = new SectionChooser(contents, tokens);
        this.contents = contents;
        this.calls = calls;
        this.tokens = tokens;
    }

    private record Left(int position, Omitted omitted) {
    }

    /**
     * The context of {@code ranked}, files of {@code view}, within {@code limit} tokens. The contents lines of the
     * first {@value #TEST_HINTS} files name their tests, and a later file whose own targets are none shows what links
     * it to the first {@value #ANCHORS} ({@link CallFocus}); both as {@code neighbours} says ({@link
     * Neighbours#NONE}: neither).
     */
    public Assembly assemble(SnapshotView view, List<RankedFile> ranked, TaskQuery query, int limit,
            Neighbours neighbours) throws SQLException {
        String header = MarkdownRenderer.header(view.project().name(), view.version(), view.meta().commit())
                + MarkdownRenderer.notFound(view.missing(query.pinned()));
        int fixed = tokens.count(header) + tokens.count(MarkdownRenderer.END_MARKER);
        int title = tokens.count(MarkdownRenderer.contentsTitle());
        List<AssembledFile> included = new ArrayList<>();
        List<Integer> positions = new ArrayList<>(); // of the included files in the ranking
        List<Left> omitted = new ArrayList<>();
        int examined = Math.min(ranked.size(), MAX_EXAMINED);
        if (fixed > limit) {
            for (int i = 0; i < examined; i++) {
                omitted.add(new Left(i, omission(ranked.get(i), i, "budget")));
            }
            return new Assembly(List.of(), List.of(), sorted(omitted), "", 0, limit);
        }
        int used = fixed;
        List<CallFocus.Anchor> anchors = new ArrayList<>(ANCHORS);
        TermRarity rarity = rarity(ranked, query);
        for (int i = 0; i < examined; i++) {
            RankedFile rf = ranked.get(i);
            if (included.size() >= MAX_FILES) {
                omitted.add(new Left(i, omission(rf, i, "threshold")));
                continue;
            }
            int overhead = included.isEmpty() ? title : 0;
            boolean room = limit - used - overhead > 0;
            int position = included.size();
            List<String> hinted = room && position < TEST_HINTS ? neighbours.tests(rf.file()) : List.of();
            FileSymbols symbols = room ? view.symbolsOf(rf.file()) : null;
            SectionChooser.Linked linked = () -> callFocus(rf, symbols, anchors, neighbours, position);
            Optional<AssembledFile> section = !room ? Optional.empty()
                    : chooser.fit(rf, symbols, position + 1, query, rarity, limit - used - overhead, hinted, linked);
            if (section.isPresent()) {
                if (anchors.size() < ANCHORS) {
                    anchors.add(new CallFocus.Anchor(rf.file(), symbols.symbols(), calls.of(rf.file().contentHash())));
                }
                List<String> tests = position < TEST_HINTS ? hinted : neighbours.tests(rf.file());
                included.add(section.get().withTests(tests));
                positions.add(i);
                used += section.get().tokens() + overhead;
            } else {
                omitted.add(new Left(i, omission(rf, i, "budget")));
            }
        }
        return enforce(header, title, included, positions, omitted, used, limit);
    }

    /** What the anchors call in {@code rf}'s file, or its functions that call them ({@link CallFocus}). */
    private List<String> callFocus(RankedFile rf, FileSymbols symbols, List<CallFocus.Anchor> anchors,
            Neighbours neighbours, int position) throws SQLException {
        if (anchors.isEmpty() || position >= CALL_FOCUSED || rf.file().document() || rf.file().test()) {
            return List.of();
        }
        List<CallFocus.Link> links = new ArrayList<>(anchors.size());
        for (CallFocus.Anchor anchor : anchors) {
            boolean into = neighbours.reaches(anchor.file(), rf.file());
            boolean from = neighbours.reaches(rf.file(), anchor.file());
            if (into || from) {
                links.add(new CallFocus.Link(anchor, into, from));
            }
        }
        if (links.isEmpty()) {
            return List.of();
        }
        return CallFocus.of(links, symbols.symbols(), calls.of(rf.file().contentHash()), neighbours::definers);
    }

    /** The task words' rarity among the texts of the best-ranked files (most of which are shown anyway). */
    private TermRarity rarity(List<RankedFile> ranked, TaskQuery query) throws SQLException {
        List<String> texts = new ArrayList<>(TermRarity.FILES);
        for (int i = 0; i < ranked.size() && texts.size() < TermRarity.FILES; i++) {
            contents.text(ranked.get(i).file().contentHash()).ifPresent(texts::add);
        }
        return TermRarity.among(query.terms(), texts);
    }

    /**
     * The hard rule on the final text, checked only near the limit: there the text's count is the sum
     * of its parts' counts when the parts join as {@link TokenEstimator#addsUp} requires, and the
     * joined text is counted again otherwise.
     */
    private Assembly enforce(String header, int title, List<AssembledFile> included, List<Integer> positions,
            List<Left> omitted, int sum, int limit) {
        List<AssembledFile> kept = new ArrayList<>(included);
        List<Integer> keptPositions = new ArrayList<>(positions);
        List<String> parts = parts(header, kept);
        int used = sum;
        if (sum > limit - Math.max(NEAR_LIMIT_TOKENS, (int) (limit * NEAR_LIMIT_SHARE))) {
            used = measured(parts, sum);
            while (used > limit && !kept.isEmpty()) {
                AssembledFile last = kept.remove(kept.size() - 1);
                int position = keptPositions.remove(keptPositions.size() - 1);
                omitted.add(new Left(position, omission(last.ranked(), position, "budget")));
                sum -= last.tokens() + (kept.isEmpty() ? title : 0);
                parts = parts(header, kept);
                used = measured(parts, sum);
            }
        }
        String context = String.join("", parts);
        if (used > limit) {
            context = "";
            used = 0;
        }
        return new Assembly(kept, ranks(keptPositions), sorted(omitted), context, used, limit);
    }

    /** The token count of the joined parts: {@code sum}, their counts' sum, when they add up. */
    private int measured(List<String> parts, int sum) {
        return tokens.addsUp(parts) ? sum : tokens.count(String.join("", parts));
    }

    /** A file's rank, as files and omitted files report it: its place in the ranking, the first being 1. */
    private static int rank(int position) {
        return position + 1;
    }

    private static List<Integer> ranks(List<Integer> positions) {
        return positions.stream().map(BudgetAssembler::rank).toList();
    }

    private static List<Omitted> sorted(List<Left> omitted) {
        return omitted.stream().sorted(Comparator.comparingInt(Left::position)).map(Left::omitted).toList();
    }

    private static List<String> parts(String header, List<AssembledFile> files) {
        return MarkdownRenderer.parts(header, files.stream().map(AssembledFile::contentsLine).toList(),
                files.stream().map(AssembledFile::section).toList());
    }

    private static Omitted omission(RankedFile rf, int position, String why) {
        return new Omitted(rf.file().path(), rank(position), rf.score(), why);
    }
}
