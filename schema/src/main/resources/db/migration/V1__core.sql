-- memlayer schema, migration 1: projects, snapshots, per-snapshot manifests and
-- content-addressed file contents. Applied once, by the indexer, in one transaction.
-- Never edit an applied migration: add V2__….sql instead (checksums are verified).

-- One row per repository root. id is derived from the canonical root (ProjectIds), so it is
-- stable across runs and machines that mount the repository at the same path.
CREATE TABLE projects (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    root        TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- One row per index run. A run writes under status 'building' with version NULL; the publish
-- flip sets status 'ready' and the next version in one short transaction. Readers only ever
-- look at 'ready' rows, so they never see half a snapshot.
CREATE TABLE snapshots (
    id             INTEGER PRIMARY KEY,
    project_id     TEXT    NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    version        INTEGER,
    status         TEXT    NOT NULL CHECK (status IN ('building', 'ready', 'failed')),
    commit_sha     TEXT,
    branch         TEXT,
    dirty          INTEGER NOT NULL DEFAULT 0,
    file_count     INTEGER NOT NULL DEFAULT 0,
    changed_count  INTEGER NOT NULL DEFAULT 0,
    reused_count   INTEGER NOT NULL DEFAULT 0,
    removed_count  INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0,
    total_bytes    INTEGER NOT NULL DEFAULT 0,
    started_at     INTEGER NOT NULL,
    indexed_at     INTEGER,
    walk_ms        INTEGER,
    duration_ms    INTEGER,
    error          TEXT,
    UNIQUE (project_id, version)
);
CREATE INDEX snapshots_by_status ON snapshots (project_id, status, version);

-- The files of one snapshot. Unchanged files share content rows across snapshots and projects.
-- mtime_ms and size let the next run reuse a file without reading it.
CREATE TABLE manifest (
    snapshot_id   INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    path          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    mtime_ms      INTEGER NOT NULL,
    language      TEXT    NOT NULL,
    lines         INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, path)
) WITHOUT ROWID;
CREATE INDEX manifest_by_hash ON manifest (content_hash);

-- File text by content hash (xxh3-128, hex), compressed, so the query service can cut snippets
-- without ever reading the repository.
CREATE TABLE contents (
    content_hash  TEXT    PRIMARY KEY,
    size          INTEGER NOT NULL,
    compression   TEXT    NOT NULL CHECK (compression IN ('none', 'deflate')),
    data          BLOB    NOT NULL
);
