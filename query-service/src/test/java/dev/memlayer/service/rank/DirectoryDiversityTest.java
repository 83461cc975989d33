package dev.memlayer.service.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.api.Reason;
import dev.memlayer.service.read.SnapshotView;
import dev.memlayer.service.read.SnapshotViews;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryDiversityTest {

    @Test
    void crowding_freeFilesCountFully_thenEachFurtherFileLess() {
        assertThat(DirectoryDiversity.crowding(0)).isEqualTo(1.0);
        assertThat(DirectoryDiversity.crowding(DirectoryDiversity.PER_DIRECTORY - 1)).isEqualTo(1.0);
        assertThat(DirectoryDiversity.crowding(DirectoryDiversity.PER_DIRECTORY)).isEqualTo(DirectoryDiversity.CROWDING);
        assertThat(DirectoryDiversity.crowding(DirectoryDiversity.PER_DIRECTORY + 1))
                .isLessThan(DirectoryDiversity.CROWDING);
    }

    @Test
    void diversify_scoreOrderTopTenPushedOut_comesRightAfterTheTop_thenTheRestInScoreOrder() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            paths.add("a/W" + i + ".java");
        }
        paths.add("b/Other.java");
        SnapshotView view = SnapshotViews.of(paths.toArray(String[]::new));
        List<RankedFile> sorted = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            sorted.add(new RankedFile(view.file("a/W" + i + ".java"), 1.0 - i * 0.01, List.of()));
        }
        sorted.add(new RankedFile(view.file("b/Other.java"), 0.5, List.of()));

        List<String> out = DirectoryDiversity.diversify(sorted).stream().map(rf -> rf.file().path()).toList();

        // a/W4 competes at .96 × .75, a/W5 at .95 × .75², both above .5; a/W6 at .94 × .75³ is not
        assertThat(out).containsExactly("a/W0.java", "a/W1.java", "a/W2.java", "a/W3.java", "a/W4.java", "a/W5.java",
                "b/Other.java", "a/W6.java", "a/W7.java", "a/W8.java", "a/W9.java", "a/W10.java");
        assertThat(DirectoryDiversity.diversify(sorted).get(10).reasons()).extracting(Reason::evidence)
                .anySatisfy(e -> assertThat(e).startsWith("moved below the top 10"));
    }

}
