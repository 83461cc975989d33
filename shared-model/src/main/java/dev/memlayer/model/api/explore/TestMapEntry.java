package dev.memlayer.model.api.explore;

import java.util.List;

/** A source file and the tests that test it. */
public record TestMapEntry(String source, List<TestRef> tests) {

    public TestMapEntry {
        tests = List.copyOf(tests);
    }
}
