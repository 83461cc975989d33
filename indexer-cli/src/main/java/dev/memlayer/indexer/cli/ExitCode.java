package dev.memlayer.indexer.cli;

/** The process exit codes of every memlayer command (SPEC.md). */
public final class ExitCode {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
