package dev.memlayer.service.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.SnapshotViews;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive-key sort gives exactly the comparator's order: score descending, ties by path. */
class CandidateOrderTest {

    private static final String[] PATHS = {"b/Zeta.java", "a/alpha.py", "a/Alpha.py", "src/main/x.go", "src/x.go",
        "README.md", "a/alpha.pyc", "z", "src/main/X.go", "b/zeta.java", "é/x.rs", "a b/c.ts"};

    @Test
    void sorted_randomScoresWithTies_equalsTheComparatorsOrder() {
        SnapshotView view = SnapshotViews.of(PATHS);
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < PATHS.length; i++) {
                chosen.add(i);
            }
            Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, 1 + random.nextInt(PATHS.length));
            List<RankedFile> files = new ArrayList<>();
            double[] scores = new double[chosen.size()];
            int[] indexes = new int[chosen.size()];
            for (int i = 0; i < chosen.size(); i++) {
                // few distinct values, so many ties; some differ below a thousandth (equal once rounded)
                double raw = random.nextInt(4) * 0.25 + (random.nextBoolean() ? 0.0001 : 0.0) + 0.001;
                scores[i] = raw;
                indexes[i] = view.indexOf(PATHS[chosen.get(i)]);
                files.add(new RankedFile(view.file(PATHS[chosen.get(i)]), Math.round(raw * 1000.0) / 1000.0, List.of()));
            }
            List<RankedFile> expected = new ArrayList<>(files);
            expected.sort(CandidateOrder.ORDER);
            assertThat(CandidateOrder.sorted(files, scores, indexes, view)).as("round %d", round)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sorted_aFileOutsideTheView_fallsBackToTheComparator() {
        SnapshotView view = SnapshotViews.of(PATHS);
        SnapshotView other = SnapshotViews.of("only/here.java");
        List<RankedFile> files = List.of(
                new RankedFile(view.file("src/x.go"), 0.5, List.of()),
                new RankedFile(other.file("only/here.java"), 0.5, List.of()),
                new RankedFile(view.file("a/alpha.py"), 0.9, List.of()));
        assertThat(CandidateOrder.sorted(files, new double[] {0.5, 0.5, 0.9},
                new int[] {view.indexOf("src/x.go"), -1, view.indexOf("a/alpha.py")}, view))
                .extracting(rf -> rf.file().path())
                .containsExactly("a/alpha.py", "only/here.java", "src/x.go");
    }
}
