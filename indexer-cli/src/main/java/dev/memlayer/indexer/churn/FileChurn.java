package dev.memlayer.indexer.churn;

/**
 * Churn of one path as of a commit; times are epoch milliseconds of commit (committer) time.
 * {@code authorIds}: its {@code authors} distinct authors, as indexes into the set's author names
 * ({@link AuthorIds}).
 */
record FileChurn(String path, int commits90d, int commitsTotal, long lastChangeAt, int authors, String authorIds) {
}
