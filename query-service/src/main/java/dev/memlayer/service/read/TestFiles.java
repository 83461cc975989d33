package dev.memlayer.service.read;

import dev.memlayer.model.facts.EdgeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a file's tests are, for an answer to say: the test files linked to a source file in one view (its
 * incoming {@code TEST} edges), at most {@value #MAX}. An agent that changes the file writes or runs its test
 * next, and would otherwise search for it. Order: a test named after the file first (the indexer weighs that
 * link 1, an import alone .5), then one whose name holds the file's name ({@code SharedSnapshotRowsTest} for
 * {@code SnapshotRows}), then by path.
 */
public final class TestFiles {

    public static final int MAX = 2;

    private TestFiles() {
    }

    /** The paths of the tests of {@code file}; none for a test file itself or a file the view does not hold. */
    public static List<String> of(SnapshotView view, ManifestEntry file) {
        if (file.test()) {
            return List.of();
        }
        int index = view.indexOf(file);
        if (index < 0) {
            return List.of();
        }
        List<Linked> tests = new ArrayList<>(2);
        for (FileGraph.Link l : view.graph().in(index)) {
            if (l.kind() == EdgeKind.TEST) {
                ManifestEntry test = view.files().get(l.file());
                if (tests.stream().noneMatch(t -> t.path().equals(test.path()))) {
                    tests.add(new Linked(test.path(), l.weight(), test.stem().contains(file.stem())));
                }
            }
        }
        tests.sort(Comparator.comparingDouble(Linked::weight).reversed()
                .thenComparing(Linked::named, Comparator.reverseOrder()).thenComparing(Linked::path));
        return tests.stream().limit(MAX).map(Linked::path).toList();
    }

    private record Linked(String path, float weight, boolean named) {
    }
}
