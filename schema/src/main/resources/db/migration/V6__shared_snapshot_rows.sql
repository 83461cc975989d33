-- memlayer schema, migration 6: manifest and edge rows are shared by the snapshots they hold in.
--
-- Until now every snapshot stored all of its manifest rows and edges, so a run that changed one file
-- copied thousands of rows from the previous snapshot and retention deleted as many again. Now a row
-- carries the range of snapshots it belongs to: start_snapshot, the first snapshot listing it, and
-- end_snapshot, the first snapshot of the same project that no longer does (NULL while it is current).
-- A run closes the rows of what changed (end_snapshot = its id) and inserts rows only for what is new;
-- everything else is untouched. Snapshot S of project P sees the rows with
--     project_id = P AND start_snapshot <= S AND (end_snapshot IS NULL OR end_snapshot > S)
-- (SnapshotRows in this module writes that condition). Ids come from snapshots.id, increasing across
-- projects; one writer at a time builds on the project's latest ready snapshot, so the current rows
-- (end_snapshot NULL) are always exactly that snapshot's. A failed run deletes the rows it started and
-- reopens those it closed; retention deletes rows that ended at or before the oldest kept snapshot.

CREATE TABLE manifest_v6 (
    project_id      TEXT    NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    path            TEXT    NOT NULL,
    start_snapshot  INTEGER NOT NULL,
    end_snapshot    INTEGER,
    content_hash    TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    mtime_ms        INTEGER NOT NULL,
    language        TEXT    NOT NULL,
    lines           INTEGER NOT NULL,
    PRIMARY KEY (project_id, path, start_snapshot)
) WITHOUT ROWID;

CREATE TABLE edges_v6 (
    project_id      TEXT    NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    src             TEXT    NOT NULL,
    dst             TEXT    NOT NULL,
    start_snapshot  INTEGER NOT NULL,
    end_snapshot    INTEGER,
    weight          REAL    NOT NULL,
    evidence        TEXT,
    PRIMARY KEY (project_id, kind, src, dst, start_snapshot)
) WITHOUT ROWID;

-- Existing rows: consecutive ready snapshots of a project holding an identical row share one range
-- (gaps and islands over each project's ready snapshots in version order). Rows of snapshots that are
-- not ready (failed, or left 'building' by a crash) are dropped: no reader ever sees them.
WITH ready AS (
    SELECT id, project_id, row_number() OVER w AS ord, lead(id) OVER w AS next_id
    FROM snapshots WHERE status = 'ready'
    WINDOW w AS (PARTITION BY project_id ORDER BY version)),
listed AS (
    SELECT r.project_id, r.ord, m.path, m.content_hash, m.size, m.mtime_ms, m.language, m.lines,
        r.ord - row_number() OVER (PARTITION BY r.project_id, m.path, m.content_hash, m.size, m.mtime_ms,
            m.language, m.lines ORDER BY r.ord) AS island
    FROM manifest m JOIN ready r ON r.id = m.snapshot_id),
islands AS (
    SELECT project_id, path, content_hash, size, mtime_ms, language, lines,
        min(ord) AS first_ord, max(ord) AS last_ord
    FROM listed GROUP BY project_id, path, content_hash, size, mtime_ms, language, lines, island)
INSERT INTO manifest_v6 (project_id, path, start_snapshot, end_snapshot, content_hash, size, mtime_ms, language,
    lines)
SELECT i.project_id, i.path, f.id, l.next_id, i.content_hash, i.size, i.mtime_ms, i.language, i.lines
FROM islands i
JOIN ready f ON f.project_id = i.project_id AND f.ord = i.first_ord
JOIN ready l ON l.project_id = i.project_id AND l.ord = i.last_ord;

WITH ready AS (
    SELECT id, project_id, row_number() OVER w AS ord, lead(id) OVER w AS next_id
    FROM snapshots WHERE status = 'ready'
    WINDOW w AS (PARTITION BY project_id ORDER BY version)),
listed AS (
    SELECT r.project_id, r.ord, e.kind, e.src, e.dst, e.weight, e.evidence,
        r.ord - row_number() OVER (PARTITION BY r.project_id, e.kind, e.src, e.dst, e.weight, e.evidence
            ORDER BY r.ord) AS island
    FROM edges e JOIN ready r ON r.id = e.snapshot_id),
islands AS (
    SELECT project_id, kind, src, dst, weight, evidence, min(ord) AS first_ord, max(ord) AS last_ord
    FROM listed GROUP BY project_id, kind, src, dst, weight, evidence, island)
INSERT INTO edges_v6 (project_id, kind, src, dst, start_snapshot, end_snapshot, weight, evidence)
SELECT i.project_id, i.kind, i.src, i.dst, f.id, l.next_id, i.weight, i.evidence
FROM islands i
JOIN ready f ON f.project_id = i.project_id AND f.ord = i.first_ord
JOIN ready l ON l.project_id = i.project_id AND l.ord = i.last_ord;

DROP TABLE manifest;
DROP TABLE edges;
ALTER TABLE manifest_v6 RENAME TO manifest;
ALTER TABLE edges_v6 RENAME TO edges;

-- Facts and retention find the rows listing a content (few per content: one per change of a path).
CREATE INDEX manifest_by_hash ON manifest (content_hash);
-- Closed rows only (a run closes a handful): retention finds the expired ones, a failed run those it closed.
CREATE INDEX manifest_closed ON manifest (project_id, end_snapshot) WHERE end_snapshot IS NOT NULL;
CREATE INDEX edges_closed ON edges (project_id, end_snapshot) WHERE end_snapshot IS NOT NULL;
