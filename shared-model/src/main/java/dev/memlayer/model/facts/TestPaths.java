package dev.memlayer.model.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for "is this a test file" and "which source file does it test", shared by the
 * indexer (test edges) and the service (test signals), so both sides agree.
 */
public final class TestPaths {

    /** Directories of tests and of their material: Go's {@code testdata} (the go tool skips it) and fixtures. */
    private static final List<String> TEST_DIRECTORIES = List.of("test", "tests", "__tests__", "spec", "specs",
            "testing", "e2e", "testsuite", "testdata", "fixtures");
    private static final List<String> SUFFIXES = List.of("Tests", "Test", "IT", "Spec", "_test", "_spec", ".test",
            ".spec", "-test", "-spec");
    private static final List<String> PREFIXES = List.of("test_", "Test");

    private TestPaths() {
    }

    /** Whether a repository path looks like a test (by directory or by file-name convention). */
    public static boolean isTest(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (TEST_DIRECTORIES.contains(parts[i])) {
                return true;
            }
        }
        return !testedStems(fileName(path)).isEmpty();
    }

    /**
     * Stems of the source file a test's file name points at: {@code FooTest.java} → {@code Foo},
     * {@code test_foo.py} → {@code foo}, {@code foo_test.go} → {@code foo}, {@code foo.spec.ts} →
     * {@code foo}. Empty when the name carries no test marker.
     */
    public static List<String> testedStems(String fileName) {
        String stem = stem(fileName);
        List<String> out = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            if (stem.length() > suffix.length() && stem.endsWith(suffix)) {
                out.add(stem.substring(0, stem.length() - suffix.length()));
            }
        }
        for (String prefix : PREFIXES) {
            if (stem.length() > prefix.length() && stem.startsWith(prefix)
                    && (prefix.endsWith("_") || Character.isUpperCase(stem.charAt(prefix.length())))) {
                out.add(stem.substring(prefix.length()));
            }
        }
        return out;
    }

    /** The file name without its last extension ({@code foo.spec.ts} → {@code foo.spec}). */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
