package dev.memlayer.service.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Intent;
import dev.memlayer.model.api.Reason;
import dev.memlayer.service.plan.TaskParser;
import dev.memlayer.service.read.SnapshotViews;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.signals.MentionSignal;
import dev.memlayer.service.signals.PathSignal;
import dev.memlayer.service.signals.PinnedSignal;
import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.signals.Seed;
import dev.memlayer.service.signals.Signal;
import dev.memlayer.service.signals.SignalHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionRankerTest {

    /** The text signals that need no database. */
    private static final FusionRanker RANKER =
            new FusionRanker(List.of(new PinnedSignal(), new MentionSignal(), new PathSignal()));

    private static final SnapshotView VIEW = SnapshotViews.of(
            "src/billing/InvoiceService.java",
            "src/billing/InvoiceRepository.java",
            "src/billing/TaxCalculator.java",
            "src/shipping/ShipmentService.java",
            "docs/invoice-guide.md",
            "README.md");

    @Test
    void rank_exactStemBeatsNamePartBeatsDirectory_andZeroScoresAreLeftOut() {
        RankedCandidates c = RANKER.rank(TaskParser.parse("invoiceservice billing"), VIEW,
                Intent.FEATURE, List.of());

        List<String> paths = c.ranked().stream().map(rf -> rf.file().path()).toList();
        assertThat(paths.get(0)).isEqualTo("src/billing/InvoiceService.java");
        assertThat(paths).doesNotContain("README.md", "src/shipping/ShipmentService.java");
    }

    @Test
    void rank_reasonsSumToTheScore_andNameTheSignal() {
        RankedCandidates c = RANKER.rank(
                TaskParser.parse("InvoiceService total").withPinned(List.of("README.md")), VIEW, Intent.BUGFIX,
                List.of());

        for (RankedFile rf : c.ranked()) {
            double sum = rf.reasons().stream().mapToDouble(Reason::weight).sum();
            assertThat(sum).isCloseTo(rf.score(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(rf.reasons()).allSatisfy(r -> assertThat(r.evidence()).isNotBlank());
        }
        assertThat(c.ranked().get(0).file().path()).isEqualTo("README.md");
        assertThat(c.ranked().get(1).reasons()).extracting(Reason::signal).contains("mention", "path");
    }

    @Test
    void rank_rareTermCountsMoreThanCommonTerm() {
        RankedCandidates c = RANKER.rank(TaskParser.parse("tax service"), VIEW, Intent.FEATURE,
                List.of());
        assertThat(c.ranked().get(0).file().path()).isEqualTo("src/billing/TaxCalculator.java");
    }

    @Test
    void diversify_fifthFileOfOneDirectory_yieldsToANearEqualElsewhere() {
        List<String> ranked = rankedByLexical(0.9);

        assertThat(ranked.subList(0, 5)).containsExactly("a/W0.java", "a/W1.java", "a/W2.java", "a/W3.java",
                "b/Other.java");
        assertThat(ranked.get(5)).isEqualTo("a/W4.java");
    }

    @Test
    void diversify_muchStrongerFifthFile_keepsItsPlace() {
        List<String> ranked = rankedByLexical(0.5);

        assertThat(ranked.subList(0, 5)).containsExactly("a/W0.java", "a/W1.java", "a/W2.java", "a/W3.java",
                "a/W4.java");
    }

    @Test
    void diversify_filesMovedByTheRule_sayWhy() {
        Signal lexical = fixed("lexical", Map.of("a/W0.java", 1.0, "a/W1.java", 0.99, "a/W2.java", 0.98,
                "a/W3.java", 0.97, "a/W4.java", 0.96, "b/Other.java", 0.9));
        RankedCandidates c = new FusionRanker(List.of(lexical)).rank(TaskParser.parse("x"), WIDGETS,
                Intent.FEATURE, List.of());

        assertThat(c.ranked().get(5).file().path()).isEqualTo("a/W4.java");
        assertThat(c.ranked().get(5).reasons()).extracting(Reason::signal).contains("diversity");
        assertThat(c.ranked().get(5).score()).isGreaterThan(c.ranked().get(4).score()); // scores unchanged
    }

    private static final SnapshotView WIDGETS = SnapshotViews.of("a/W0.java", "a/W1.java", "a/W2.java", "a/W3.java",
            "a/W4.java", "b/Other.java");

    /** Five files of a/ just ahead of one of b/ scoring {@code other}, by the lexical signal alone. */
    private static List<String> rankedByLexical(double other) {
        Signal lexical = fixed("lexical", Map.of("a/W0.java", 1.0, "a/W1.java", 0.99, "a/W2.java", 0.98,
                "a/W3.java", 0.97, "a/W4.java", 0.96, "b/Other.java", other));
        RankedCandidates c = new FusionRanker(List.of(lexical)).rank(TaskParser.parse("x"), WIDGETS,
                Intent.FEATURE, List.of());
        return c.ranked().stream().map(rf -> rf.file().path()).toList();
    }

    @Test
    void normalize_bestHitIsOne_capsAtOne_andNothingBelowZero() {
        assertThat(FusionRanker.normalize(5, 10)).isEqualTo(0.5);
        assertThat(FusionRanker.normalize(12, 10)).isEqualTo(1.0);
        assertThat(FusionRanker.normalize(-1, 10)).isZero();
        assertThat(FusionRanker.normalize(3, 0)).isZero();
    }

    @Test
    void rank_signalsOnDifferentScales_fuseByWeightAfterScaling() {
        Signal huge = fixed("huge", Map.of("src/billing/TaxCalculator.java", 1000.0,
                "src/billing/InvoiceService.java", 500.0));
        Signal small = fixed("path", Map.of("src/billing/InvoiceService.java", 0.9));
        RankedCandidates c = new FusionRanker(List.of(huge, small)).rank(TaskParser.parse("x"), VIEW, Intent.FEATURE,
                List.of());

        // huge has no weight in the table: a raw score of 1000 counts for nothing
        assertThat(c.ranked()).extracting(rf -> rf.file().path()).containsExactly("src/billing/InvoiceService.java");
        // path: scaled by its best hit (0.9 → 1.0) times its weight
        assertThat(c.ranked().get(0).score()).isEqualTo(IntentWeights.weight(Intent.FEATURE, "path"));
    }

    @Test
    void rank_testFile_isScaledDown_unlessTheTaskIsAboutTests() {
        SnapshotView view = SnapshotViews.of("src/tax.py", "tests/test_tax.py");
        Signal even = fixed("lexical", Map.of("src/tax.py", 1.0, "tests/test_tax.py", 1.0));
        FusionRanker ranker = new FusionRanker(List.of(even));

        RankedCandidates bugfix = ranker.rank(TaskParser.parse("x"), view, Intent.BUGFIX, List.of());
        assertThat(bugfix.ranked().get(0).file().path()).isEqualTo("src/tax.py");
        assertThat(bugfix.ranked().get(1).reasons()).extracting(Reason::signal).contains("file_kind");
        assertThat(bugfix.ranked().get(1).score()).isLessThan(bugfix.ranked().get(0).score());

        RankedCandidates test = ranker.rank(TaskParser.parse("x"), view, Intent.TEST, List.of());
        assertThat(test.ranked().get(0).score()).isEqualTo(test.ranked().get(1).score());
    }

    @Test
    void rank_documentTheTaskNamesByPathOrFileName_keepsItsMention_typeNameMatchesDoNot() {
        SnapshotView view = SnapshotViews.of("src/typo.py", "CONTRIBUTING.md", "lib/no_shadow.py",
                "docs/no-shadow.md");
        Signal text = fixed("lexical", Map.of("src/typo.py", 1.0, "lib/no_shadow.py", 1.0,
                "CONTRIBUTING.md", 0.3, "docs/no-shadow.md", 0.3));
        FusionRanker ranker = new FusionRanker(List.of(text, new MentionSignal()));

        RankedCandidates named = ranker.rank(TaskParser.parse("Fix typo in CONTRIBUTING.md"), view, Intent.BUGFIX,
                List.of());
        assertThat(named.ranked().get(0).file().path()).isEqualTo("CONTRIBUTING.md");
        assertThat(named.ranked().get(0).reasons()).anySatisfy(r -> {
            assertThat(r.signal()).isEqualTo("file_kind");
            assertThat(r.evidence()).contains("named by the task");
        });

        // no-shadow names the source's stem and the page's alike: the page stays ranked down by kind
        RankedCandidates stem = ranker.rank(TaskParser.parse("Fix `no-shadow` for class fields"), view,
                Intent.BUGFIX, List.of());
        List<String> order = stem.ranked().stream().map(rf -> rf.file().path()).toList();
        assertThat(order.indexOf("lib/no_shadow.py")).isLessThan(order.indexOf("docs/no-shadow.md"));
        assertThat(stem.ranked().get(order.indexOf("docs/no-shadow.md")).reasons())
                .noneSatisfy(r -> assertThat(r.evidence()).contains("named by the task"));
    }

    @Test
    void rank_pinnedDocumentOrTestFile_keepsItsPin_andRanksAboveWhatIsInferred() {
        SnapshotView view = SnapshotViews.of("src/app.py", "README.md", "tests/test_app.py");
        Signal strong = fixed("lexical", Map.of("src/app.py", 1.0));
        Signal alsoStrong = fixed("mention", Map.of("src/app.py", 1.0));
        FusionRanker ranker = new FusionRanker(List.of(new PinnedSignal(), strong, alsoStrong));

        RankedCandidates c = ranker.rank(TaskParser.parse("x").withPinned(List.of("README.md", "tests/test_app.py")),
                view, Intent.BUGFIX, List.of());

        assertThat(c.ranked()).extracting(rf -> rf.file().path())
                .containsExactly("README.md", "tests/test_app.py", "src/app.py");
        assertThat(c.ranked().subList(0, 2)).allSatisfy(rf -> assertThat(rf.reasons())
                .anySatisfy(r -> assertThat(r.evidence()).contains("pinned: its pin is not scaled")));
    }

    @Test
    void rank_configurationFiles_areRankedDownLikeDocuments() {
        SnapshotView view = SnapshotViews.of("src/app.py", ".gitignore", "tox.ini", "man/app.1", "go.mod");
        Signal even = fixed("lexical", Map.of("src/app.py", 0.5, ".gitignore", 1.0, "tox.ini", 1.0,
                "man/app.1", 1.0, "go.mod", 1.0));
        RankedCandidates c = new FusionRanker(List.of(even)).rank(TaskParser.parse("x"), view, Intent.BUGFIX,
                List.of());
        assertThat(c.ranked().get(0).file().path()).isEqualTo("src/app.py");
        assertThat(c.ranked().subList(1, 5)).allSatisfy(rf ->
                assertThat(rf.reasons()).extracting(Reason::signal).contains("file_kind"));
    }

    @Test
    void seeds_areTheBestSourceFiles_strengthRelativeToTheBest() {
        SnapshotView view = SnapshotViews.of("a.py", "b.py", "tests/test_a.py", "NOTES.md");
        Map<String, Double> scores = new java.util.LinkedHashMap<>(Map.of("a.py", 2.0, "b.py", 1.0,
                "tests/test_a.py", 3.0, "NOTES.md", 5.0));
        Map<String, ManifestEntry> files = new java.util.HashMap<>();
        view.files().forEach(f -> files.put(f.path(), f));

        List<Seed> seeds = FusionRanker.seeds(scores, files, view, false);
        assertThat(seeds).extracting(s -> s.file().path()).containsExactly("a.py", "b.py");
        assertThat(seeds.get(1).strength()).isEqualTo(0.5);
        assertThat(FusionRanker.seeds(scores, files, view, true)).extracting(s -> s.file().path())
                .containsExactly("tests/test_a.py", "a.py", "b.py");
    }

    /** A signal with fixed raw scores by path, scaled by its best hit. */
    private static Signal fixed(String name, Map<String, Double> scores) {
        return new Signal() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<SignalHit> score(TaskQuery query, SnapshotView view) {
                List<SignalHit> hits = new ArrayList<>();
                scores.forEach((p, v) -> hits.add(new SignalHit(view.file(p), v, "fixed " + v)));
                return hits;
            }
        };
    }
}
