-- 005: review sessions and their answers. Rows written by 001–004 are untouched (review_cards,
-- made by 002, is used as it is).

-- One sitting of spaced-repetition review: the due questions it asks, in order, and the seed that
-- fixes how their options are shown (never sent to the screen, since it would tell a match's answer).
CREATE TABLE review_sessions (
  id INTEGER PRIMARY KEY,
  question_ids TEXT NOT NULL,
  seed INTEGER NOT NULL,
  started_at TEXT NOT NULL
);

-- Every answer given in review, as the learner gave it; its card's new schedule is written with it.
CREATE TABLE review_answers (
  session_id INTEGER NOT NULL REFERENCES review_sessions(id),
  question_id TEXT NOT NULL,
  response TEXT NOT NULL,
  correct INTEGER NOT NULL,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (session_id, question_id)
);
CREATE INDEX review_answers_by_question ON review_answers(question_id, answered_at);

-- The due queue reads cards in (due_at, question_id) order: this index alone answers it, with no
-- sort and no visit to the table. It replaces 002's index on due_at only.
DROP INDEX review_cards_by_due;
CREATE INDEX review_cards_by_due_then_id ON review_cards(due_at, question_id);
