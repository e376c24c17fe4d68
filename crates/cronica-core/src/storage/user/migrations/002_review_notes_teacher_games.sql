-- 002: what review, notes, teacher quizzes and live games need. Rows written by 001 are untouched.

-- Orders each attempt's options, so a reload or a language switch shows the same order.
ALTER TABLE quiz_attempts ADD COLUMN seed INTEGER NOT NULL DEFAULT 0;

-- Spaced-repetition memory state of one question, updated with every review answer.
CREATE TABLE review_cards (
  question_id TEXT PRIMARY KEY,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  due_at TEXT NOT NULL,
  last_review_at TEXT NOT NULL,
  reviews INTEGER NOT NULL DEFAULT 0,
  lapses INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_cards_by_due ON review_cards(due_at);

-- A learner's note or bookmark on a section ("chapter/section"), event, figure or term.
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  body TEXT NOT NULL,
  bookmarked INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX notes_by_target ON notes(target_kind, target_id);

-- A teacher's own question; `body` is its JSON (prompt, answer, explanation, source per language).
CREATE TABLE teacher_questions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE teacher_quizzes (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A quiz's questions in order: bank questions by content id, own questions by teacher id.
CREATE TABLE teacher_quiz_items (
  quiz_id TEXT NOT NULL REFERENCES teacher_quizzes(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('bank', 'own')),
  question_id TEXT NOT NULL,
  time_limit_s INTEGER NOT NULL,
  points INTEGER NOT NULL,
  PRIMARY KEY (quiz_id, ord)
);

-- A hosted live game, its players and every answer, written as they happen.
CREATE TABLE games (
  id INTEGER PRIMARY KEY,
  pin TEXT NOT NULL,
  title TEXT NOT NULL,
  questions TEXT NOT NULL,
  speed_bonus INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT
);

CREATE TABLE game_players (
  game_id INTEGER NOT NULL REFERENCES games(id),
  player_id TEXT NOT NULL,
  nickname TEXT NOT NULL,
  joined_at TEXT NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (game_id, player_id)
);

CREATE TABLE game_answers (
  game_id INTEGER NOT NULL,
  player_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  correct INTEGER NOT NULL,
  points INTEGER NOT NULL,
  elapsed_ms INTEGER NOT NULL,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (game_id, player_id, question_id),
  FOREIGN KEY (game_id, player_id) REFERENCES game_players(game_id, player_id)
);
