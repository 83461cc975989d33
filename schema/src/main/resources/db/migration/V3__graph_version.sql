-- memlayer schema, migration 3: the graph version of each snapshot.

-- Which resolver and extractor versions produced a snapshot's edges ("resolver=1 go@3 java@1 …").
-- The next run re-resolves only what its changes can affect and copies the rest of the graph from
-- the previous snapshot, but only when that snapshot's graph came from the same versions; NULL
-- (snapshots written before this column) means unknown, so the next run resolves the whole graph.
ALTER TABLE snapshots ADD COLUMN graph_version TEXT;
