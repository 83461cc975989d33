package dev.memlayer.service.read;

/**
 * What a view holds beyond its manifest, by file index: the lexical row (content id) of each file,
 * its symbols and the newest extraction row they came from (0 without symbols), the snapshot's file
 * graph, and churn/co-change as of its commit.
 */
record ViewFacts(long[] contentIds, FileSymbol[][] symbols, long[] extractions, FileGraph graph,
        FileHistory history) {

    private static final FileSymbol[] NO_SYMBOLS = new FileSymbol[0];

    static ViewFacts empty(int files) {
        FileSymbol[][] none = new FileSymbol[files][];
        java.util.Arrays.fill(none, NO_SYMBOLS);
        return new ViewFacts(new long[files], none, new long[files], FileGraph.empty(files), FileHistory.empty(files));
    }

    int symbolCount() {
        int n = 0;
        for (FileSymbol[] s : symbols) {
            n += s.length;
        }
        return n;
    }

    static FileSymbol[] noSymbols() {
        return NO_SYMBOLS;
    }
}
