-- memlayer schema, migration 7: who changed each file, kept with the churn set.
--
-- The churn set of a commit whose parent's set is stored is derived from that set instead of being
-- recomputed over the whole window (indexer-cli: churn.DerivedChurn). Adding the new commit's change
-- to a file must know whether its author already changed that file, which a distinct count cannot
-- tell; so a set keeps its authors:
--   churn_sets.author_names  the set's author identities, one per line;
--   churn.author_ids         a file's distinct authors, as comma-separated 0-based indexes into them.
-- Both are NULL in sets stored before this migration; such a set is never derived from, only
-- recomputed. churn.authors (the count) stays what readers use.
ALTER TABLE churn_sets ADD COLUMN author_names TEXT;
ALTER TABLE churn ADD COLUMN author_ids TEXT;
