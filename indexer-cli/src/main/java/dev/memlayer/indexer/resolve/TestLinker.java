package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.TestPaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links test files to the sources they test: by naming convention ({@code FooTest.java} →
 * {@code Foo.java}, {@code test_foo.py} → {@code foo.py}, {@code foo_test.go} → {@code foo.go},
 * {@code foo.spec.ts} → {@code foo.ts}), preferring the candidate whose directory mirrors the
 * test's ({@code src/test/java/a/b} ↔ {@code src/main/java/a/b}); and by what a test imports.
 */
final class TestLinker {

    private TestLinker() {
    }

    static List<Edge> link(Collection<String> paths, PathIndex index, Map<String, List<String>> imported) {
        List<Edge> edges = new ArrayList<>();
        Map<String, Boolean> isTest = new HashMap<>(); // the targets tests import are mostly the same few files
        for (String test : paths) {
            if (!TestPaths.isTest(test)) {
                continue;
            }
            String best = byName(test, index);
            if (best != null) {
                edges.add(new Edge(EdgeKind.TEST, test, best, 1.0, "naming: " + PathIndex.fileName(best)));
            }
            for (String target : imported.getOrDefault(test, List.of())) {
                if (!isTest.computeIfAbsent(target, TestPaths::isTest) && !target.equals(best)) {
                    edges.add(new Edge(EdgeKind.TEST, test, target, 0.5, "imported by the test"));
                }
            }
        }
        return edges;
    }

    /** The source file named like the test, closest in directory; null when none. */
    private static String byName(String test, PathIndex index) {
        String fileName = PathIndex.fileName(test);
        String extension = fileName.substring(TestPaths.stem(fileName).length());
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String stem : TestPaths.testedStems(fileName)) {
            for (String candidate : index.withFileName(stem + extension)) {
                if (candidate.equals(test) || TestPaths.isTest(candidate)) {
                    continue;
                }
                int score = sharedTrailingDirectories(PathIndex.directory(test), PathIndex.directory(candidate));
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** How many directory names, from the innermost outwards, two directories have in common. */
    private static int sharedTrailingDirectories(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split("/");
        String[] y = b.isEmpty() ? new String[0] : b.split("/");
        int n = 0;
        while (n < x.length && n < y.length && x[x.length - 1 - n].equals(y[y.length - 1 - n])) {
            n++;
        }
        return n;
    }
}
