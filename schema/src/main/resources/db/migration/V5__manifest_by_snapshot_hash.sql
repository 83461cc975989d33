-- memlayer schema, migration 5: the manifest's content-hash index is keyed by snapshot first.
--
-- Every run writes a whole snapshot of manifest rows (an incremental run copies the previous
-- snapshot's) and retention deletes the oldest snapshot's. Keyed by content hash alone, those rows
-- landed on pages scattered over the whole index (a random hash each), so each run rewrote most of
-- its pages: on a 9 000-file repository about half the time of writing and expiring a snapshot.
-- Keyed by (snapshot, content hash), a snapshot's entries are one contiguous, appended range, like
-- the primary key's. Lookups by content name the snapshot (readers: always their own snapshot;
-- retention: each of the few stored snapshots in turn, driven from the snapshots table).
DROP INDEX manifest_by_hash;
CREATE INDEX manifest_by_snapshot_hash ON manifest (snapshot_id, content_hash);
