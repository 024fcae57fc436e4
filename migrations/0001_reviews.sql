-- Reviews opened by the publish hook, the editor's decisions, and the
-- responses already given to webhook deliveries (idempotency).
-- Applied by wrangler to D1 (`wrangler d1 migrations apply`), by the Node
-- entry to its SQLite file at start, and by both test runs.
-- Times are milliseconds since the epoch; JSON columns hold text.

CREATE TABLE reviews (
  id           TEXT    PRIMARY KEY,            -- 144 random bits, base64url
  status       TEXT    NOT NULL CHECK (status IN ('open', 'completed')),
  source       TEXT    NOT NULL,               -- generic, ghost, wordpress, contentful, sanity
  document     TEXT    NOT NULL,               -- JSON: the CMS's ids for the document
  fields       TEXT    NOT NULL,               -- JSON: per field original, format, findings, structure
  final        TEXT,                           -- JSON: final fields, once completed
  callback     TEXT,                           -- JSON: outcome of the completion callback
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  completed_at INTEGER,
  expires_at   INTEGER NOT NULL
);

CREATE INDEX reviews_expires_at ON reviews (expires_at);

CREATE TABLE review_decisions (
  review_id  TEXT    NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  field      TEXT    NOT NULL,
  finding_id TEXT    NOT NULL,
  decision   TEXT    NOT NULL CHECK (decision IN ('accept', 'reject')),
  decided_at INTEGER NOT NULL,
  PRIMARY KEY (review_id, field, finding_id)
);

CREATE TABLE deliveries (
  key        TEXT    PRIMARY KEY,              -- source:delivery id (webhook-id, the CMS's idempotency key, or id:revision)
  status     INTEGER NOT NULL,
  body       TEXT    NOT NULL,                 -- the JSON response exactly as sent
  review_id  TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

CREATE INDEX deliveries_expires_at ON deliveries (expires_at);
