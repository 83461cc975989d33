package dev.memlayer.service.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a file's tests are, for an answer to say: the test files linked to a source file in one view
 * ({@link FileGraph#testers}), at most {@value #MAX} of them. An agent that changes the file writes or runs
 * its test next, and would otherwise search for it.
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
        int index = view.indexOf(file.path());
        if (index < 0) {
            return List.of();
        }
        int[] testers = view.graph().testers(index);
        List<String> paths = new ArrayList<>(Math.min(MAX, testers.length));
        for (int i = 0; i < testers.length && paths.size() < MAX; i++) {
            paths.add(view.files().get(testers[i]).path());
        }
        return List.copyOf(paths);
    }
}
