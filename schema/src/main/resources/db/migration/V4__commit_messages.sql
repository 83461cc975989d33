-- memlayer schema, migration 4: commit messages, their parents, and a lexical index over the messages.

-- One row per stored commit (commits, keyed by project and sha), written in the same transaction as
-- the commit. id is an explicit INTEGER PRIMARY KEY so VACUUM keeps it: commit_text rows are keyed by it.
--   parents: the commit's parent shas, space-separated, in order ('' for a root commit); the query
--            service walks them from a snapshot's commit, so a snapshot only ever sees its own history.
--   subject: the message's first line; body: the rest, trimmed and capped by the indexer.
-- Commits stored before this migration have no row; the next index run of the project back-fills them
-- from git objects (a commit whose object is gone gets an empty message and no parents).
CREATE TABLE commit_messages (
    id          INTEGER PRIMARY KEY,
    project_id  TEXT    NOT NULL,
    sha         TEXT    NOT NULL,
    parents     TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    UNIQUE (project_id, sha),
    FOREIGN KEY (project_id, sha) REFERENCES commits(project_id, sha) ON DELETE CASCADE
);

-- Lexical index of the messages of non-merge commits (rowid = commit_messages.id): the terms of the
-- subject and of the body as the indexer writes them for file contents (identifiers whole and split),
-- through the same tokenizer as `lexical`, so the service queries both alike. Contentless: the text
-- lives in commit_messages.
CREATE VIRTUAL TABLE commit_text USING fts5(
    subject, body,
    content = '',
    contentless_delete = 1,
    tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'"
);

-- A message row removed in any way (directly, or by the cascade from its commit) takes its document along.
CREATE TRIGGER commit_messages_delete_text AFTER DELETE ON commit_messages BEGIN
    DELETE FROM commit_text WHERE rowid = old.id;
END;
