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
import java.util.ArrayList;
import java.util.List;
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
    void diversify_fifthFileOfOneDirectory_yieldsItsTopTenPlace() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            paths.add("a/Widget" + i + ".java");
        }
        paths.add("b/Widget.java");
        SnapshotView view = SnapshotViews.of(paths.toArray(String[]::new));
        RankedCandidates c = RANKER.rank(TaskParser.parse("widget0 widget1 widget2 widget3 widget4 widget5"),
                view, Intent.FEATURE, List.of());

        List<String> ranked = c.ranked().stream().map(rf -> rf.file().path()).toList();
        assertThat(ranked.subList(0, 5)).filteredOn(p -> p.startsWith("a/")).hasSize(4);
        assertThat(c.ranked().get(5).reasons()).extracting(Reason::signal).contains("diversity");
    }
}
