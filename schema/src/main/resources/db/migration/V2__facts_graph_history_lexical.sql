-- memlayer schema, migration 2: code facts by content hash, the resolved graph per snapshot,
-- git history and churn keyed by commit, and the lexical (FTS5) index by content.

-- ---------------------------------------------------------------------------------------------
-- Facts. One extraction per (content hash, extractor, extractor version): an unchanged file is
-- never parsed again, across snapshots and projects. Bumping an extractor's version re-parses.
CREATE TABLE extractions (
    id                 INTEGER PRIMARY KEY,
    content_hash       TEXT    NOT NULL,
    extractor          TEXT    NOT NULL,
    extractor_version  INTEGER NOT NULL,
    parse_errors       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (content_hash, extractor, extractor_version)
);

-- kind: class, interface, enum, record, annotation, struct, trait, type, function, method,
-- constructor, field, property, constant, variable, module, object, macro, impl.
-- container: enclosing qualified name ('com.acme.Outer.Inner', 'pkg.mod.Class', 'impl Foo').
CREATE TABLE symbols (
    extraction_id  INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    kind           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    container      TEXT,
    signature      TEXT    NOT NULL,
    line_start     INTEGER NOT NULL,
    line_end       INTEGER NOT NULL,
    exported       INTEGER NOT NULL,
    doc            TEXT,
    PRIMARY KEY (extraction_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX symbols_by_name ON symbols (name);

-- raw: the import as written ('com.acme.Foo', '../util', 'crate::net::tcp');
-- kind: language-specific flavour ('static', 'wildcard', 'relative', 'side_effect', 'mod', …).
CREATE TABLE imports (
    extraction_id  INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    raw            TEXT    NOT NULL,
    kind           TEXT,
    line           INTEGER NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)
) WITHOUT ROWID;

-- Call sites by callee name (the last identifier: 'save' for repo.save(x)), counted per file.
CREATE TABLE calls (
    extraction_id  INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    callee         TEXT    NOT NULL,
    count          INTEGER NOT NULL,
    first_line     INTEGER NOT NULL,
    PRIMARY KEY (extraction_id, callee)
) WITHOUT ROWID;

-- relation: extends, implements, impl (Rust trait impl), embeds (Go), delegates (Kotlin by).
CREATE TABLE type_relations (
    extraction_id  INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    subject        TEXT    NOT NULL,
    relation       TEXT    NOT NULL,
    target         TEXT    NOT NULL,
    line           INTEGER NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)
) WITHOUT ROWID;

-- Declared dependencies of a manifest file (pom.xml, package.json, go.mod, Cargo.toml, …).
-- scope: runtime, dev, test, build, optional, peer.
CREATE TABLE dependencies (
    extraction_id  INTEGER NOT NULL REFERENCES extractions(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    ecosystem      TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    version        TEXT,
    scope          TEXT    NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)
) WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- The graph of one snapshot, resolved from the facts of its files.
-- kind: import, call, type, test (src is the test, dst the file it tests).
-- weight: in (0, 1]; lower for ambiguous evidence (a common callee name defined in many files).
CREATE TABLE edges (
    snapshot_id  INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    src          TEXT    NOT NULL,
    dst          TEXT    NOT NULL,
    weight       REAL    NOT NULL,
    evidence     TEXT,
    PRIMARY KEY (snapshot_id, kind, src, dst)
) WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Git history, stored once per project and extended incrementally (only commits not yet stored
-- are diffed). A commit's files are what it changed against its first parent, renames followed.
CREATE TABLE commits (
    project_id    TEXT    NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    sha           TEXT    NOT NULL,
    author        TEXT,
    committed_at  INTEGER NOT NULL,
    file_count    INTEGER NOT NULL,
    PRIMARY KEY (project_id, sha)
) WITHOUT ROWID;

-- change: A(dded), M(odified), D(eleted), R(enamed; old_path set).
CREATE TABLE commit_files (
    project_id  TEXT NOT NULL,
    sha         TEXT NOT NULL,
    path        TEXT NOT NULL,
    change      TEXT NOT NULL CHECK (change IN ('A', 'M', 'D', 'R')),
    old_path    TEXT,
    PRIMARY KEY (project_id, sha, path),
    FOREIGN KEY (project_id, sha) REFERENCES commits(project_id, sha) ON DELETE CASCADE
) WITHOUT ROWID;

-- Churn as of one commit: counts only commits reachable from it, so indexing an old revision
-- never sees later history. Windows are relative to that commit's time, not to "now".
CREATE TABLE churn_sets (
    id            INTEGER PRIMARY KEY,
    project_id    TEXT    NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    commit_sha    TEXT    NOT NULL,
    computed_at   INTEGER NOT NULL,
    commit_count  INTEGER NOT NULL,
    UNIQUE (project_id, commit_sha)
);

CREATE TABLE churn (
    churn_set_id    INTEGER NOT NULL REFERENCES churn_sets(id) ON DELETE CASCADE,
    path            TEXT    NOT NULL,
    commits_90d     INTEGER NOT NULL,
    commits_total   INTEGER NOT NULL,
    last_change_at  INTEGER NOT NULL,
    authors         INTEGER NOT NULL,
    PRIMARY KEY (churn_set_id, path)
) WITHOUT ROWID;

-- Files changed together (path_a < path_b), ignoring commits that touch very many files.
CREATE TABLE cochange (
    churn_set_id  INTEGER NOT NULL REFERENCES churn_sets(id) ON DELETE CASCADE,
    path_a        TEXT    NOT NULL,
    path_b        TEXT    NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (churn_set_id, path_a, path_b)
) WITHOUT ROWID;

ALTER TABLE snapshots ADD COLUMN churn_set_id INTEGER REFERENCES churn_sets(id);
ALTER TABLE snapshots ADD COLUMN rev TEXT;

-- ---------------------------------------------------------------------------------------------
-- contents gets an explicit INTEGER PRIMARY KEY: the lexical rows below are keyed by its rowid, and
-- VACUUM "may change the ROWIDs of entries in any tables that do not have an explicit INTEGER
-- PRIMARY KEY" (sqlite.org/lang_vacuum.html). Rebuilt keeping every rowid; content_hash stays unique,
-- so INSERT OR IGNORE and lookups by hash behave as before.
CREATE TABLE contents_v2 (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    size          INTEGER NOT NULL,
    compression   TEXT    NOT NULL CHECK (compression IN ('none', 'deflate')),
    data          BLOB    NOT NULL
);
INSERT INTO contents_v2 (id, content_hash, size, compression, data)
    SELECT rowid, content_hash, size, compression, data FROM contents;
DROP TABLE contents;
ALTER TABLE contents_v2 RENAME TO contents;

-- ---------------------------------------------------------------------------------------------
-- Lexical index: one FTS5 document per content (rowid = contents.rowid = contents.id), so snapshots and
-- projects share it. Contentless: the text lives in `contents`; the columns are weighted by bm25().
--   symbols: symbol names, whole and split;  docs: doc comments and comments;
--   body: identifiers (whole and split) and string literals.
-- File paths are not here: a path belongs to a manifest row, not to content.
-- tokenchars '_': the indexer emits whole identifiers (parse_header) beside their parts (parse,
-- header); without it unicode61 would split the whole one again and the rarer exact match is lost.
-- porter: English suffixes are folded (classes → class, buffered → buffer), so a task's wording meets
-- the code's. A query goes through the same tokenizer, so the service quotes terms and gets the same tokens.
CREATE VIRTUAL TABLE lexical USING fts5(
    symbols, docs, body,
    content = '',
    contentless_delete = 1,
    tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'"
);

-- Blobs read from git objects (index --rev) → content hash, so a blob is hashed and stored once.
CREATE TABLE git_blobs (
    blob_sha      TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL
) WITHOUT ROWID;
