package dev.memlayer.bench.generate;

/**
 * The languages of a synthetic repository and their share of its source files. The shares follow a
 * polyglot product repository: a JVM backend, a TypeScript front end, Python and Go services, a
 * Rust component.
 */
public enum Lang {
    JAVA(0.25, 6),
    KOTLIN(0.10, 6),
    TYPESCRIPT(0.20, 5),
    PYTHON(0.20, 6),
    GO(0.15, 5),
    /** Rust keeps its tests inline ({@code #[cfg(test)]}), so it has no test files. */
    RUST(0.10, 0);

    private final double share;
    private final int testEvery;

    Lang(double share, int testEvery) {
        this.share = share;
        this.testEvery = testEvery;
    }

    public double share() {
        return share;
    }

    /** Every n-th file of the language is the test of the file before it; 0 for none. */
    public int testEvery() {
        return testEvery;
    }
}
