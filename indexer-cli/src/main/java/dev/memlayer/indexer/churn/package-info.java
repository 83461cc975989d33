/**
 * Git history and churn, keyed by commit. {@link dev.memlayer.indexer.churn.ChurnService} is the entry:
 * for a commit C it stores, once per project, the files each not-yet-stored commit of C's bounded
 * history changed ({@code HistoryStore}, JGit tree diffs with renames followed), then computes C's churn
 * set ({@code ChurnCalculator}: per-file counts and co-change pairs) from commits reachable from C only,
 * with windows relative to C's commit time, so a set is a pure function of C: indexing an old revision
 * never sees later history, and a set once stored is reused, never stale. When C's one parent has a
 * stored set, C's set is derived from it instead ({@code DerivedChurn}, SQL in
 * {@code DerivedChurnRepository}) whenever that provably gives the same rows. Each stored commit keeps its
 * message and parents ({@code commit_messages}, lexical rows in {@code commit_text}; written with the
 * commit, back-filled for commits stored before), for the service's past-commit signal. All other SQL touching
 * {@code commits}, {@code commit_files}, {@code churn_sets}, {@code churn} and {@code cochange} lives in
 * {@code ChurnRepository}. Must not read the working tree, depend on "now" for any count, or touch
 * snapshots (the pipeline links a snapshot to its set).
 */
package dev.memlayer.indexer.churn;
