package dev.memlayer.indexer.cli;

import dev.memlayer.indexer.pipeline.IndexSummary;

/**
 * The one human summary line of {@code memlayer index}, e.g.
 * {@code indexed memlayer: 123 files (4 changed, 119 reused, 0 removed, 2 skipped; 4 parsed, 310 edges) in 412 ms -> snapshot v7 @ abc1234 (main, dirty)}.
 */
final class SummaryLine {

    private static final int SHORT_SHA = 7;

    private SummaryLine() {
    }

    static String of(IndexSummary s) {
        return "indexed " + s.project().name() + ": " + s.files() + " files (" + s.changed() + " changed, "
                + s.reused() + " reused, " + s.removed() + " removed, " + s.skipped() + " skipped; " + s.parsed()
                + " parsed, " + s.edges() + " edges) in "
                + s.durationMs() + " ms -> snapshot v" + s.version() + where(s.commit(), s.branch(), s.dirty());
    }

    static String where(String commit, String branch, boolean dirty) {
        if (commit == null && branch == null) {
            return " (not a git repository)";
        }
        String at = commit == null ? " @ no commit" : " @ " + shortSha(commit);
        String state = (branch == null ? "detached" : branch) + (dirty ? ", dirty" : "");
        return at + " (" + state + ")";
    }

    static String shortSha(String sha) {
        return sha == null ? "-" : sha.substring(0, Math.min(SHORT_SHA, sha.length()));
    }
}
