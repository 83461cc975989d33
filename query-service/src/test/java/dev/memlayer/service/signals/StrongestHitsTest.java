package dev.memlayer.service.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.read.ManifestEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrongestHitsTest {

    @Test
    void positions_allWhenNoMoreThanTheLimit() {
        assertThat(StrongestHits.positions(new double[] {0.1, 0.9, 0.5})).containsExactly(0, 1, 2);
    }

    @Test
    void positions_aboveTheCutThenTiesAtItInOrder_inPositionOrder() {
        int n = StrongestHits.MAX + 10;
        double[] scores = new double[n];
        // MAX - 5 strong hits at the end, 15 ties at 0.5 before them: 5 of the ties fit, the first five
        for (int i = 0; i < n; i++) {
            scores[i] = i >= n - (StrongestHits.MAX - 5) ? 1.0 : 0.5;
        }
        int[] kept = StrongestHits.positions(scores);
        assertThat(kept).hasSize(StrongestHits.MAX).isSorted();
        assertThat(kept).startsWith(0, 1, 2, 3, 4).doesNotContain(5, 14);
        assertThat(kept[5]).isEqualTo(n - (StrongestHits.MAX - 5));
    }

    @Test
    void of_keepsThePositionsHits_strongestFirst_stableAmongEqualScores() {
        List<SignalHit> hits = new ArrayList<>();
        for (int i = 0; i < StrongestHits.MAX + 3; i++) {
            double score = i % 2 == 0 ? 0.5 : 0.25 + i / 10_000.0;
            hits.add(new SignalHit(ManifestEntry.of("f" + i + ".py", "h" + i, 1, "python", 1), score, "e" + i));
        }
        List<SignalHit> kept = StrongestHits.of(hits);
        assertThat(kept).hasSize(StrongestHits.MAX);
        assertThat(kept).extracting(SignalHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<String> halves = kept.stream().filter(h -> h.score() == 0.5).map(SignalHit::evidence).toList();
        assertThat(halves).startsWith("e0", "e2", "e4"); // equal scores keep their order
        assertThat(kept).extracting(SignalHit::evidence).doesNotContain("e1", "e3", "e5");
    }
}
