package dev.memlayer.indexer.churn;

/** Churn of one path as of a commit; times are epoch milliseconds of commit (committer) time. */
record FileChurn(String path, int commits90d, int commitsTotal, long lastChangeAt, int authors) {
}
