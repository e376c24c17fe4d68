-- Learner data, keyed by the stable ids of the content database.
CREATE TABLE section_reads (
  chapter_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  read_at TEXT NOT NULL,
  PRIMARY KEY (chapter_id, section_id)
);
CREATE INDEX section_reads_by_time ON section_reads(read_at);

CREATE TABLE quiz_attempts (
  id INTEGER PRIMARY KEY,
  chapter_id TEXT NOT NULL,
  question_ids TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  correct INTEGER,
  total INTEGER NOT NULL
);
CREATE INDEX quiz_attempts_by_chapter ON quiz_attempts(chapter_id, finished_at);

CREATE TABLE quiz_answers (
  attempt_id INTEGER NOT NULL REFERENCES quiz_attempts(id),
  question_id TEXT NOT NULL,
  response TEXT NOT NULL,
  correct INTEGER NOT NULL,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (attempt_id, question_id)
);
CREATE INDEX quiz_answers_by_question ON quiz_answers(question_id, answered_at);
