package dev.memlayer.model.facts;

import java.util.Locale;

/**
 * What kind of test a test file is, from its path alone: end-to-end ({@code e2e/}, {@code cypress/},
 * {@code playwright/}, {@code *.e2e.ts}), integration ({@code integration/}, {@code it/},
 * {@code FooIT.java}, {@code *_integration_test.go}) or else unit.
 */
public enum TestKind {
    UNIT, INTEGRATION, E2E;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a path {@link TestPaths#isTest(String)} accepted. */
    public static TestKind of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (containsAny(lower, "e2e", "end-to-end", "end_to_end", "cypress/", "playwright/")) {
            return E2E;
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String stem = TestPaths.stem(fileName);
        if (lower.contains("integration") || lower.startsWith("it/") || lower.contains("/it/")
                || stem.endsWith("IT") || stem.endsWith("ITCase")) {
            return INTEGRATION;
        }
        return UNIT;
    }

    private static boolean containsAny(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
