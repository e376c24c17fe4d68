-- 006: one note per annotated item (its text and its bookmark together), so saving a note is an
-- upsert on the item. Rows written by 001–005 are untouched but for duplicates of an item, of
-- which the most recently changed is kept (no release wrote notes before this one).
DELETE FROM notes WHERE id NOT IN (
  SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY target_kind, target_id ORDER BY updated_at DESC, id DESC) AS n FROM notes)
  WHERE n = 1
);
DROP INDEX notes_by_target;
CREATE UNIQUE INDEX notes_one_per_target ON notes(target_kind, target_id);
