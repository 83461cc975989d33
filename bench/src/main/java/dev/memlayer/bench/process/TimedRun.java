package dev.memlayer.bench.process;

/**
 * One finished process.
 *
 * @param wallMs  from start to exit, JVM start included
 * @param cpuMs   user + system CPU time of the process and its children, or -1 if unknown
 * @param exit    exit code
 * @param stdout  its standard output
 * @param stderr  its standard error
 * @param peakMb  peak resident set (VmHWM) in MB
 */
public record TimedRun(long wallMs, long cpuMs, int exit, String stdout, String stderr, double peakMb) {

    /** The last non-blank line of stdout: where a {@code --json} command puts its object. */
    public String lastLine() {
        String[] lines = stdout.strip().split("\n");
        return lines[lines.length - 1];
    }

    public TimedRun requireSuccess(String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed (exit " + exit + "): " + stderr.strip());
        }
        return this;
    }
}
