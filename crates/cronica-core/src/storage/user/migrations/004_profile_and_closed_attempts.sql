-- 004: which database this is, and quiz attempts closed without a score. Rows written by 001–003
-- are untouched.

-- The profile: one row with a random id fixed when the database is made. Every write transaction
-- also counts itself here, so every -wal file SQLite writes holds this row and says whose it is: a
-- -wal without it belongs to another database and is set aside before it can be applied.
CREATE TABLE profile (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  commits INTEGER NOT NULL DEFAULT 0
);
INSERT INTO profile (one, id, created_at) VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- When an unfinished attempt was closed without a score: left for more than a day, or replaced by
-- a new attempt at the same chapter. Its answers stay (they still decide which questions come back).
ALTER TABLE quiz_attempts ADD COLUMN abandoned_at TEXT;
CREATE INDEX quiz_attempts_open ON quiz_attempts(chapter_id, started_at) WHERE finished_at IS NULL AND abandoned_at IS NULL;
