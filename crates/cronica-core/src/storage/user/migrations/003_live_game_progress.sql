-- 003: how far a live game got, so its results list only the questions that were asked.
ALTER TABLE games ADD COLUMN questions_asked INTEGER NOT NULL DEFAULT 0;
