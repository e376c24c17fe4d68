-- 007: a self-quiz may cover several chapters. Rows written by 001–005 are untouched: their
-- `chapter_ids` is NULL, meaning the one chapter in `chapter_id`.

-- Every chapter an attempt draws from, as a JSON list in reading order, when there is more than
-- one; `chapter_id` stays the chapter the quiz was opened from (where it is resumed).
ALTER TABLE quiz_attempts ADD COLUMN chapter_ids TEXT;
